package org.lingong.devstack;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A feed of realistic gigs around a city's centre for the demo: the seeds' categories, wages in the range seen in
 * Jiangsu and Anhui gig markets, mixed sources (agencies, the bureau, employers, provincial platforms), starting over
 * the next week. Seeded, so every run produces the same feed (and a repeated import finds them all duplicates).
 */
final class DemoJobs {

    private record Kind(String category, String unit, long minFen, long maxFen, String term, List<String> titles) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("agriculture", "DAY", 15_000, 25_000, "SHORT", List.of("果园采摘工", "大棚蔬菜工", "稻田插秧工", "苗木养护工")),
            new Kind("domestic", "HOUR", 3_500, 6_000, "SHORT", List.of("家庭保洁", "钟点工", "开荒保洁")),
            new Kind("ecommerce", "DAY", 15_000, 22_000, "SHORT", List.of("电商打包员", "直播间场控助理", "仓库拣货员")),
            new Kind("construction", "DAY", 25_000, 40_000, "SHORT", List.of("泥瓦工", "木工", "水电安装工", "油漆工")),
            new Kind("instant_delivery", "PIECE", 500, 900, "LONG", List.of("外卖骑手", "同城跑腿员")),
            new Kind("express", "DAY", 16_000, 24_000, "SHORT", List.of("快递分拣员", "快递装卸工")),
            new Kind("elderly_care", "MONTH", 450_000, 650_000, "LONG", List.of("养老护理员", "居家陪护")),
            new Kind("childcare", "MONTH", 600_000, 1_200_000, "LONG", List.of("育婴员", "月嫂")),
            new Kind("education", "HOUR", 6_000, 15_000, "SHORT", List.of("课后托管老师", "书法兴趣班助教")),
            new Kind("catering", "HOUR", 2_000, 3_000, "SHORT", List.of("餐厅服务员", "帮厨", "洗碗工")),
            new Kind("advertising", "DAY", 12_000, 18_000, "SHORT", List.of("地推发单员", "展会礼仪")),
            new Kind("logistics", "DAY", 18_000, 28_000, "SHORT", List.of("搬运工", "叉车司机")),
            new Kind("property", "MONTH", 300_000, 420_000, "LONG", List.of("小区保安", "物业保洁")),
            new Kind("repair", "PIECE", 5_000, 20_000, "SHORT", List.of("家电维修", "管道疏通")),
            new Kind("beauty", "DAY", 15_000, 25_000, "SHORT", List.of("美发助理", "美甲师")));

    private static final List<String[]> SOURCES = List.of(
            new String[] {"THIRD_PARTY", "人力资源服务公司"}, new String[] {"THIRD_PARTY", "家政服务协会"},
            new String[] {"THIRD_PARTY", "劳务派遣公司"}, new String[] {"GOVERNMENT", "人力资源和社会保障局"},
            new String[] {"GOVERNMENT", "农业农村局"}, new String[] {"EMPLOYER", null},
            new String[] {"EXTERNAL_FEED", "就在江苏"}, new String[] {"THIRD_PARTY", "零工驿站"});

    private DemoJobs() {
    }

    static ArrayNode feed(JsonMapper json, String city, String cityName, double latitude, double longitude, int count) {
        Random random = new Random(city.hashCode());
        ZoneId china = ZoneId.of("Asia/Shanghai");
        LocalDate tomorrow = LocalDate.now(china).plusDays(1);
        ArrayNode feed = json.createArrayNode();
        for (int i = 0; i < count; i++) {
            Kind kind = KINDS.get(random.nextInt(KINDS.size()));
            String[] source = SOURCES.get(random.nextInt(SOURCES.size()));
            var start = tomorrow.plusDays(random.nextInt(7)).atTime(LocalTime.of(6 + random.nextInt(4), 0)).atZone(china);
            var end = kind.term().equals("LONG") ? start.plusDays(90) : start.plusDays(1 + random.nextInt(3));
            long wage = kind.minFen() + (long) (random.nextDouble() * (kind.maxFen() - kind.minFen()) / 100) * 100;
            ObjectNode job = feed.addObject();
            job.put("title", kind.titles().get(random.nextInt(kind.titles().size())))
                    .put("category", kind.category())
                    .put("description", cityName + "，" + (random.nextBoolean() ? "管午饭，" : "") + "当日结算")
                    .put("slots", 1 + random.nextInt(kind.term().equals("LONG") ? 3 : 20))
                    .put("address", cityName)
                    .put("startsAt", start.toInstant().toString())
                    .put("endsAt", end.toInstant().toString())
                    .put("term", kind.term())
                    .put("contactPolicy", random.nextInt(3) == 0 ? "AFTER_ACCEPTANCE" : "PLATFORM_ONLY");
            job.putObject("wage").put("amountFen", wage).put("unit", kind.unit());
            // Within about 8 km of the centre: the 15-minute circles of the demo's search pages.
            job.putObject("location").put("latitude", latitude + (random.nextDouble() - 0.5) * 0.14)
                    .put("longitude", longitude + (random.nextDouble() - 0.5) * 0.16);
            ObjectNode origin = job.putObject("source").put("channel", source[0]);
            if (source[1] != null) {
                origin.put("name", cityName + source[1]).put("externalRef", city + "-demo-" + i);
            }
            if (random.nextInt(5) == 0) {
                job.putArray("priorityGroups").add("OLDER");
            }
        }
        return feed;
    }
}
