package org.lingong.bench;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Deterministic open jobs around a city centre, as documents of the jobs index (the search service's mapping): the
 * same seed and size give the same jobs. Positions mix a dense core (σ 3 km) and a wider ring (σ 10 km); wages are
 * mostly per day, some per hour (× 8 per day) and a few piece rates (no per-day value).
 */
final class BenchJobs {

    static final List<String> CATEGORIES = List.of("porter", "cleaner", "security", "delivery", "cook", "farm",
            "builder", "carer", "waiter", "mover");
    private static final List<String> TITLES = List.of("仓库搬运工", "商场保洁员", "小区保安", "快递分拣员", "餐厅帮厨",
            "果园采摘工", "工地小工", "陪护员", "宴会服务员", "搬家师傅");
    private static final long SEED = 20261123L;

    private BenchJobs() {
    }

    /** Every job of the city, in a fixed order. */
    static void forEach(BenchCities.City city, Instant validUntil, Consumer<ObjectNode> sink) {
        Random random = new Random(SEED * 31 + city.index());
        Instant created = Instant.parse("2026-11-01T00:00:00Z");
        for (int i = 0; i < city.jobs(); i++) {
            double[] point = position(city, random);
            int category = random.nextInt(CATEGORIES.size());
            ObjectNode job = JsonNodeFactory.instance.objectNode();
            job.put("tenant", city.tenant());
            job.put("jobId", new UUID(random.nextLong(), random.nextLong()).toString());
            job.put("title", TITLES.get(category));
            job.put("category", CATEGORIES.get(category));
            int wage = random.nextInt(20);
            if (wage == 0) {
                job.put("wageUnit", "PIECE").put("wageAmountFen", 500 + random.nextInt(50) * 100L).putNull("wagePerDayFen");
            } else if (wage < 3) {
                long hourly = 1_500 + random.nextInt(30) * 100L;
                job.put("wageUnit", "HOUR").put("wageAmountFen", hourly).put("wagePerDayFen", hourly * 8);
            } else {
                long daily = 8_000 + random.nextInt(320) * 100L;
                job.put("wageUnit", "DAY").put("wageAmountFen", daily).put("wagePerDayFen", daily);
            }
            job.putObject("location").put("lat", point[0]).put("lon", point[1]);
            job.put("status", "OPEN");
            job.put("term", random.nextInt(5) == 0 ? "LONG" : "SHORT");
            int slots = 1 + random.nextInt(10);
            job.put("slots", slots).put("slotsOpen", 1 + random.nextInt(slots));
            job.put("sourceChannel", random.nextInt(4) == 0 ? "GOVERNMENT" : "EMPLOYER");
            job.putArray("priorityGroups");
            Instant at = created.plus(random.nextInt(30 * 24 * 60), ChronoUnit.MINUTES);
            job.put("createdAt", at.toString()).put("updatedAt", at.toString());
            job.put("startsAt", at.plus(2, ChronoUnit.DAYS).toString());
            job.put("validUntil", validUntil.toString());
            job.put("version", 1);
            sink.accept(job);
        }
    }

    /** A point drawn from the city's job distribution: the data generator and the query generator share it. */
    static double[] position(BenchCities.City city, Random random) {
        double sigma = random.nextInt(10) < 7 ? 3_000 : 10_000;
        double north = Math.max(-25_000, Math.min(25_000, random.nextGaussian() * sigma));
        double east = Math.max(-25_000, Math.min(25_000, random.nextGaussian() * sigma));
        double lat = city.latitude() + north / 111_195.0;
        double lon = city.longitude() + east / (111_195.0 * Math.cos(Math.toRadians(city.latitude())));
        return new double[] {Math.round(lat * 1e6) / 1e6, Math.round(lon * 1e6) / 1e6};
    }
}
