package org.lingong.admin.api;

import java.io.Serializable;
import java.util.Locale;

/**
 * A city as {@code GET /api/v1/tenant} and {@code GET /api/v1/platform/tenants} describe it (the fields the consoles
 * use).
 */
public record TenantProfile(String code, String nameZh, String nameEn, String provinceCode, String divisionCode,
                            Center center, Status status, Branding branding, Targets targets) {

    public enum Status { ONBOARDING, ACTIVE, SUSPENDED, OFFBOARDED }

    /** Where the city's maps open (WGS-84); empty when none was given. */
    public record Center(Double latitude, Double longitude) implements Serializable {
    }

    /** Every field may be empty: a city without branding shows the platform's, without tiles the default tiles. */
    public record Branding(String brandName, String logoUrl, String primaryColor, String accentColor, String hotline,
                           MapTiles mapTiles) implements Serializable {

        public static final Branding NONE = new Branding(null, null, null, null, null, null);
    }

    /** The city's own map tiles as the API holds them (a Leaflet URL template; coordinates WGS84 or GCJ02). */
    public record MapTiles(String urlTemplate, String subdomains, String attribution, Integer maxZoom,
                           String coordinates) implements Serializable {
    }

    /** Yearly targets agreed with the province; empty when none were set. */
    public record Targets(Integer jobsPosted, Integer registeredUsers, Integer employers, Integer trainings) {
    }

    /** The city's name in the UI language: Chinese unless English is chosen. */
    public String name(Locale language) {
        return language.getLanguage().equals(Locale.ENGLISH.getLanguage()) && nameEn != null ? nameEn : nameZh;
    }

    public Branding brandingOrNone() {
        return branding == null ? Branding.NONE : branding;
    }

    public Targets targetsOrNone() {
        return targets == null ? new Targets(null, null, null, null) : targets;
    }
}
