package fi.luukku.service.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes a report table as CSV (commons-csv, UTF-8, comma, dot decimals) or XLSX (Apache POI). */
public final class TableExports {
    private TableExports() {}

    public static byte[] csv(ReportTables.Table t) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(
                        w,
                        CSVFormat.DEFAULT
                                .builder()
                                .setHeader(t.header().toArray(String[]::new))
                                .setRecordSeparator("\n")
                                .get())) {
            for (List<Object> row : t.rows()) {
                csv.printRecord(row.stream().map(TableExports::plain).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] xlsx(ReportTables.Table t) {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("report");
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle euros = book.createCellStyle();
            euros.setDataFormat(book.createDataFormat().getFormat("0.00"));
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue(t.title());
            title.getCell(0).setCellStyle(bold);
            Row header = sheet.createRow(1);
            for (int i = 0; i < t.header().size(); i++) {
                Cell c = header.createCell(i);
                c.setCellValue(t.header().get(i));
                c.setCellStyle(bold);
            }
            int r = 2;
            for (List<Object> row : t.rows()) {
                Row x = sheet.createRow(r++);
                for (int i = 0; i < row.size(); i++) {
                    Object v = row.get(i);
                    if (v == null) {
                        continue;
                    }
                    Cell c = x.createCell(i);
                    if (v instanceof BigDecimal b) {
                        c.setCellValue(b.doubleValue());
                        c.setCellStyle(euros);
                    } else if (v instanceof Number n) {
                        c.setCellValue(n.doubleValue());
                    } else {
                        c.setCellValue(v.toString());
                    }
                }
            }
            for (int i = 0; i < t.header().size(); i++) {
                sheet.setColumnWidth(i, 20 * 256);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String plain(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof BigDecimal b) {
            return b.toPlainString();
        }
        return v.toString();
    }
}
