package org.lingong.admin.nearby;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.lingong.admin.api.PlatformApi;

/**
 * A city's public facts the pages need: its open markets from the network directory ({@code /api/v1/network/directory})
 * and its job categories, named in the UI language.
 */
public final class CityDirectory {

    /** The directory's largest page; a city's whole network is a few pages at most. */
    private static final int PAGE = 200;

    public record Carrier(long id, String kind, String name, String address, double latitude, double longitude,
                          OpeningHours openingHours, String hotline) implements Serializable {
    }

    /** The weekly hours (local time); days without an interval are closed. */
    public record OpeningHours(Map<DayOfWeek, List<Interval>> weekly) implements Serializable {

        public OpeningHours {
            weekly = weekly == null ? Map.of() : Map.copyOf(weekly);
        }
    }

    public record Interval(LocalTime open, LocalTime close) implements Serializable {
    }

    record Page(List<Carrier> items, long total) {
    }

    public record Category(String code, String nameZh, String nameEn, boolean active) implements Serializable {

        public String name(Locale language) {
            return language.getLanguage().equals(Locale.ENGLISH.getLanguage()) ? nameEn : nameZh;
        }
    }

    private CityDirectory() {
    }

    /** The city's open markets in the directory's order (the city's own market first). */
    public static List<Carrier> markets(PlatformApi api, String city) {
        List<Carrier> markets = new ArrayList<>();
        for (int page = 0; ; page++) {
            Page found = api.getPublic(Page.class, "/t/{city}/api/v1/network/directory?page={page}&size={size}", city,
                    page, PAGE);
            found.items().stream().filter(carrier -> carrier.kind().equals("MARKET")).forEach(markets::add);
            if (found.items().size() < PAGE || (long) (page + 1) * PAGE >= found.total()) {
                return markets;
            }
        }
    }

    public static Optional<Carrier> market(PlatformApi api, String city, long id) {
        return markets(api, city).stream().filter(market -> market.id() == id).findFirst();
    }

    /** The categories workers can choose from. */
    public static List<Category> categories(PlatformApi api, String city) {
        return List.of(api.getPublic(Category[].class, "/t/{city}/api/v1/job-categories", city)).stream()
                .filter(Category::active).toList();
    }

    /** The categories' names in {@code language} by code, in the API's order. */
    public static Map<String, String> names(List<Category> categories, Locale language) {
        return categories.stream().collect(Collectors.toMap(Category::code, category -> category.name(language),
                (first, second) -> first, LinkedHashMap::new));
    }
}
