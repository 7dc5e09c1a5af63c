package org.lingong.admin.province;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.lingong.admin.city.CityKpis;

/**
 * The province's comparison as an Excel sheet: one row per city, one column per measure, numbers as numbers (so
 * the sheet can be sorted and summed), percentages with one decimal.
 */
final class KpiWorkbook {

    private KpiWorkbook() {
    }

    /** @param label the UI language's text of a message key: the sheet speaks the language the user reads */
    static void write(List<CityKpis> cities, Locale language, Function<String, String> label, OutputStream out)
            throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(label.apply("province.sheet"));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.0"));

            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue(label.apply("province.city"));
            for (int column = 0; column < CityMeasure.ALL.size(); column++) {
                CityMeasure measure = CityMeasure.ALL.get(column);
                String title = label.apply(measure.key()) + (measure.isPercent() ? " (%)" : "");
                header.createCell(column + 1).setCellValue(title);
            }
            header.forEach(cell -> cell.setCellStyle(bold));

            for (int row = 0; row < cities.size(); row++) {
                CityKpis city = cities.get(row);
                Row line = sheet.createRow(row + 1);
                line.createCell(0).setCellValue(city.city().name(language));
                for (int column = 0; column < CityMeasure.ALL.size(); column++) {
                    CityMeasure measure = CityMeasure.ALL.get(column);
                    var cell = line.createCell(column + 1);
                    cell.setCellValue(measure.of(city));
                    if (measure.isPercent()) {
                        cell.setCellStyle(percent);
                    }
                }
            }
            sheet.createFreezePane(1, 1);
            for (int column = 0; column <= CityMeasure.ALL.size(); column++) {
                sheet.setColumnWidth(column, 18 * 256);
            }
            workbook.write(out);
        }
    }
}
