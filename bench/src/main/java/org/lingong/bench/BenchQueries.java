package org.lingong.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The benchmark's queries, deterministic: a tenant picked in proportion to its jobs, a centre drawn from its job
 * distribution, three categories and a wage floor; top 20 by distance. Each query renders both as the Elasticsearch
 * request the search service sends and as the nearby API path, so raw and through-the-gateway runs use the same
 * queries.
 */
final class BenchQueries {

    record Query(String tenant, double latitude, double longitude, int radiusMeters, List<String> categories,
            long minWagePerDayFen) {

        /** {@code POST <index>/_search} body: the filters, sort and (optionally) facets of the nearby API. */
        String elasticsearchBody(boolean facets) {
            JsonNodeFactory json = JsonNodeFactory.instance;
            ObjectNode body = json.objectNode().put("size", 20).put("track_total_hits", true);
            body.putObject("_source").putArray("excludes").add("description").add("reindexRun");
            ArrayNode filter = body.putObject("query").putObject("bool").putArray("filter");
            filter.addObject().putObject("terms").putArray("tenant").add(tenant);
            filter.addObject().putObject("term").put("status", "OPEN");
            filter.addObject().putObject("range").putObject("slotsOpen").put("gt", 0);
            filter.addObject().putObject("range").putObject("validUntil").put("gt", "now");
            ObjectNode geo = filter.addObject().putObject("geo_distance");
            geo.put("distance", radiusMeters + "m").put("distance_type", "arc");
            geo.putObject("location").put("lat", latitude).put("lon", longitude);
            ArrayNode terms = filter.addObject().putObject("terms").putArray("category");
            categories.forEach(terms::add);
            filter.addObject().putObject("range").putObject("wagePerDayFen").put("gte", minWagePerDayFen);
            ArrayNode sort = body.putArray("sort");
            ObjectNode distance = sort.addObject().putObject("_geo_distance");
            distance.putObject("location").put("lat", latitude).put("lon", longitude);
            distance.put("order", "asc").put("unit", "m").put("distance_type", "arc");
            sort.addObject().put("jobId", "asc");
            if (facets) {
                ObjectNode aggs = body.putObject("aggs");
                aggs.putObject("categories").putObject("terms").put("field", "category").put("size", 100);
                ArrayNode ranges = aggs.putObject("wageBands").putObject("range").put("field", "wagePerDayFen")
                        .putArray("ranges");
                long[] bounds = {0, 10_000, 15_000, 20_000, 30_000};
                for (int i = 0; i < bounds.length; i++) {
                    ObjectNode range = ranges.addObject().put("from", bounds[i]);
                    if (i + 1 < bounds.length) {
                        range.put("to", bounds[i + 1]);
                    }
                }
            }
            return JsonMapper.shared().writeValueAsString(body);
        }

        /** The same query on the nearby API, for a run through the gateway ({@code /t/<tenant>} prefix). */
        String nearbyApiPath(boolean facets) {
            return "/t/" + tenant + "/api/v1/jobs/nearby?neighbours=false&size=20&lat=" + latitude + "&lon="
                    + longitude + "&radiusMeters=" + radiusMeters + "&minWagePerDayFen=" + minWagePerDayFen
                    + categories.stream().map(c -> "&category=" + c).collect(Collectors.joining())
                    + (facets ? "&facets=true" : "");
        }
    }

    private BenchQueries() {
    }

    static List<Query> generate(List<BenchCities.City> cities, int count, int radiusMeters, long seed) {
        Random random = new Random(seed);
        long total = cities.stream().mapToLong(BenchCities.City::jobs).sum();
        List<Query> queries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long pick = (long) (random.nextDouble() * total);
            BenchCities.City city = cities.getLast();
            for (BenchCities.City candidate : cities) {
                if (pick < candidate.jobs()) {
                    city = candidate;
                    break;
                }
                pick -= candidate.jobs();
            }
            double[] centre = BenchJobs.position(city, random);
            List<String> categories = new ArrayList<>(BenchJobs.CATEGORIES);
            Collections.shuffle(categories, random);
            queries.add(new Query(city.tenant(), centre[0], centre[1], radiusMeters,
                    List.copyOf(categories.subList(0, 3)), 10_000 + random.nextInt(16) * 1_000L));
        }
        return queries;
    }
}
