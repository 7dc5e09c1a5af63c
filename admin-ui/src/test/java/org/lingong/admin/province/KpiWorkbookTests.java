package org.lingong.admin.province;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.lingong.admin.api.TenantProfile;
import org.lingong.admin.city.CityKpis;

class KpiWorkbookTests {

    private static CityKpis city(String code, String nameZh, String nameEn, long jobs, Integer jobsTarget,
                                 Double stationPercent) {
        TenantProfile profile = new TenantProfile(code, nameZh, nameEn, "32", "321300", null, TenantProfile.Status.ACTIVE,
                null, new TenantProfile.Targets(jobsTarget, null, null, null));
        CityKpis.Measure stations = new CityKpis.Measure(1, 2, stationPercent, 100.0, false);
        CityKpis.Measure none = new CityKpis.Measure(0, 0, null, 100.0, null);
        return new CityKpis(profile, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 23), jobs,
                Map.of("THIRD_PARTY", jobs / 2), 0.5, 0.5, 120, 12, stations, none, none,
                new CityKpis.Disputes(0.75, 60, null, 92));
    }

    @Test
    void oneRowPerCityWithNumbersAsNumbers() throws Exception {
        List<CityKpis> cities = List.of(city("suqian", "宿迁市", "Suqian", 150, 600, 50.0),
                city("lianyungang", "连云港市", "Lianyungang", 80, null, null));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        KpiWorkbook.write(cities, Locale.SIMPLIFIED_CHINESE, key -> "<" + key + ">", out);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheet("<province.sheet>");
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("<province.city>");
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("<kpi.jobs>");
            assertThat(header.getCell(2).getStringCellValue()).isEqualTo("<province.jobs-target-reached> (%)");
            assertThat(header.getLastCellNum()).isEqualTo((short) (CityMeasure.ALL.size() + 1));

            Row suqian = sheet.getRow(1);
            assertThat(suqian.getCell(0).getStringCellValue()).isEqualTo("宿迁市");
            assertThat(suqian.getCell(1).getNumericCellValue()).isEqualTo(150);
            assertThat(suqian.getCell(2).getNumericCellValue()).isEqualTo(25.0);
            assertThat(suqian.getCell(5).getNumericCellValue()).isEqualTo(50.0);
            assertThat(suqian.getCell(6).getNumericCellValue()).isEqualTo(50.0);

            Row lianyungang = sheet.getRow(2);
            // No target and nothing to measure count as zero rather than leaving holes in a sortable sheet.
            assertThat(lianyungang.getCell(2).getNumericCellValue()).isZero();
            assertThat(lianyungang.getCell(6).getNumericCellValue()).isZero();
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
        }
    }

    @Test
    void citiesAreNamedInTheReadersLanguage() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        KpiWorkbook.write(List.of(city("suqian", "宿迁市", "Suqian", 1, null, null)), Locale.ENGLISH, key -> key, out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo("Suqian");
        }
    }
}
