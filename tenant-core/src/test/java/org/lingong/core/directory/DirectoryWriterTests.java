package org.lingong.core.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class DirectoryWriterTests {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    /** 00:30 on 23 November in Beijing, still the 22nd in UTC. */
    private static final Instant PUBLISHED = Instant.parse("2026-11-22T16:30:00Z");

    private static final List<DirectoryColumn> COLUMNS = List.of(
            new DirectoryColumn("名称", "Name"),
            new DirectoryColumn("地址", "Address"),
            new DirectoryColumn("服务热线", "Hotline"),
            new DirectoryColumn("室内面积（平方米）", "Indoor area (m²)"),
            new DirectoryColumn("备注", "Notes"));

    private static final PublicDirectory DIRECTORY = new PublicDirectory("宿迁市零工市场名录", PUBLISHED, COLUMNS, List.of(
            Arrays.asList("宿城区零工市场", "宿城区幸福中路 1 号, 2 楼", "0527-84300000", 320, "含\"夜市\"招聘\n周末开放"),
            Arrays.asList("=HYPERLINK(\"http://evil\")", "+86 地址", "@hotline", -5, "-5 个摊位"),
            Arrays.asList("洋河新区驿站", null, "\t0527", 120.5, "")));

    private final DirectoryWriter writer = new DirectoryWriter(messages());

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages-maps");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    private byte[] csv(PublicDirectory directory, Locale locale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.csv(directory, locale, out);
        return out.toByteArray();
    }

    private XSSFWorkbook xlsx(PublicDirectory directory, Locale locale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.xlsx(directory, locale, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void csvStartsWithAByteOrderMarkAndParsesBackToTheSameTable() throws IOException {
        byte[] bytes = csv(DIRECTORY, CHINESE);

        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<List<String>> table = Rfc4180.parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
        assertThat(table).containsExactly(
                List.of("名称", "地址", "服务热线", "室内面积（平方米）", "备注"),
                List.of("宿城区零工市场", "宿城区幸福中路 1 号, 2 楼", "0527-84300000", "320", "含\"夜市\"招聘\n周末开放"),
                List.of("'=HYPERLINK(\"http://evil\")", "'+86 地址", "'@hotline", "-5", "'-5 个摊位"),
                List.of("洋河新区驿站", "", "'\t0527", "120.5", ""));
    }

    @Test
    void csvQuotesOnlyWhatRfc4180RequiresAndEndsLinesWithCrLf() throws IOException {
        String text = new String(csv(DIRECTORY, CHINESE), StandardCharsets.UTF_8);

        assertThat(text).contains("\r\n宿城区零工市场,\"宿城区幸福中路 1 号, 2 楼\",0527-84300000,320,\"含\"\"夜市\"\"招聘\n周末开放\"\r\n");
        assertThat(text).endsWith("洋河新区驿站,,'\t0527,120.5,\r\n");
    }

    @Test
    void csvHeadersFollowTheCallersLanguage() throws IOException {
        byte[] bytes = csv(DIRECTORY, Locale.ENGLISH);

        List<List<String>> table = Rfc4180.parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
        assertThat(table.getFirst()).containsExactly("Name", "Address", "Hotline", "Indoor area (m²)", "Notes");
    }

    @Test
    void xlsxHasATitleRowWithTheBeijingPublicationDateAndABoldFrozenHeader() throws IOException {
        try (XSSFWorkbook workbook = xlsx(DIRECTORY, CHINESE)) {
            XSSFSheet sheet = workbook.getSheetAt(0);

            assertThat(sheet.getSheetName()).isEqualTo("宿迁市零工市场名录");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("宿迁市零工市场名录（发布日期：2026-11-23）");
            assertThat(sheet.getMergedRegions()).singleElement()
                    .satisfies(region -> assertThat(region.formatAsString()).isEqualTo("A1:E1"));
            assertThat(IntStream.range(0, COLUMNS.size()).mapToObj(c -> sheet.getRow(1).getCell(c)))
                    .allSatisfy(cell -> assertThat(workbook.getFontAt(cell.getCellStyle().getFontIndex()).getBold())
                            .isTrue())
                    .extracting(cell -> cell.getStringCellValue())
                    .containsExactly("名称", "地址", "服务热线", "室内面积（平方米）", "备注");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 2);
        }
    }

    @Test
    void xlsxKeepsNumbersNumericTextAsTextAndFormulaLookalikesInert() throws IOException {
        try (XSSFWorkbook workbook = xlsx(DIRECTORY, CHINESE)) {
            XSSFSheet sheet = workbook.getSheetAt(0);

            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("宿城区零工市场");
            assertThat(sheet.getRow(2).getCell(2).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(2).getCell(2).getStringCellValue()).isEqualTo("0527-84300000");
            assertThat(sheet.getRow(2).getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(2).getCell(3).getNumericCellValue()).isEqualTo(320.0);
            assertThat(sheet.getRow(4).getCell(3).getNumericCellValue()).isEqualTo(120.5);
            assertThat(sheet.getRow(2).getCell(4).getStringCellValue()).isEqualTo("含\"夜市\"招聘\n周末开放");

            var formula = sheet.getRow(3).getCell(0);
            assertThat(formula.getCellType()).isEqualTo(CellType.STRING);
            assertThat(formula.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://evil\")");
            assertThat(formula.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(sheet.getRow(3).getCell(3).getNumericCellValue()).isEqualTo(-5.0);
            assertThat(sheet.getRow(2).getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
            assertThat(sheet.getRow(4).getCell(1)).isNull();
        }
    }

    @Test
    void xlsxColumnsAreWideEnoughForTheirContent() throws IOException {
        try (XSSFWorkbook workbook = xlsx(DIRECTORY, CHINESE)) {
            XSSFSheet sheet = workbook.getSheetAt(0);

            // "宿城区幸福中路 1 号, 2 楼": 9 Chinese characters (2 each) and 7 others, plus 2 of padding.
            assertThat(sheet.getColumnWidth(1)).isEqualTo((18 + 7 + 2) * 256);
            assertThat(sheet.getColumnWidth(3)).isGreaterThan(sheet.getColumnWidth(0) / 2);
        }
    }

    @Test
    void xlsxStreamsLongDirectoriesAndUsesEnglishWhenAsked() throws IOException {
        List<List<?>> rows = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            rows.add(List.of("驿站 " + i, "地址 " + i, "0527-" + i, i, ""));
        }
        PublicDirectory big = new PublicDirectory("Stations", PUBLISHED, COLUMNS, rows);

        try (XSSFWorkbook workbook = xlsx(big, Locale.ENGLISH)) {
            XSSFSheet sheet = workbook.getSheetAt(0);

            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Stations (published 2026-11-23)");
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("Indoor area (m²)");
            assertThat(sheet.getLastRowNum()).isEqualTo(5_001);
            assertThat(sheet.getRow(5_001).getCell(0).getStringCellValue()).isEqualTo("驿站 4999");
            assertThat(sheet.getRow(5_001).getCell(3).getNumericCellValue()).isEqualTo(4999.0);
        }
    }

    @Test
    void refusesRowsThatDoNotMatchTheColumns() {
        assertThatThrownBy(() -> new PublicDirectory("x", PUBLISHED, COLUMNS, List.of(List.of("only one"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PublicDirectory("x", PUBLISHED, List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
