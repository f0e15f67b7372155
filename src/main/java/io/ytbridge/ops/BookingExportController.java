package io.ytbridge.ops;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /admin/bookings/export?from=YYYY-MM-DD&to=YYYY-MM-DD&format=csv|jsonl[&phones=full]}: the bookings
 * made through the bot, streamed straight from the database cursor to the response. Full phones are audited.
 */
@RestController
class BookingExportController {

    private final BookingExport export;

    BookingExportController(BookingExport export) {
        this.export = export;
    }

    @GetMapping("/admin/bookings/export")
    void export(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "csv") String format, @RequestParam(defaultValue = "masked") String phones,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        LocalDate fromDate = AdminParameters.date("from", from);
        LocalDate toDate = AdminParameters.date("to", to);
        AdminParameters.ordered(fromDate, toDate);
        BookingExport.Format exportFormat = switch (format.toLowerCase(Locale.ROOT)) {
            case "csv" -> BookingExport.Format.CSV;
            case "jsonl" -> BookingExport.Format.JSONL;
            default -> throw new AdminBadRequest("format must be csv or jsonl");
        };
        boolean fullPhones = switch (phones) {
            case "full" -> true;
            case "masked" -> false;
            default -> throw new AdminBadRequest("phones must be full or masked");
        };
        request.setAttribute(AdminAccessFilter.AUDIT_OPERATION,
                fullPhones ? "bookings_export_full_phones" : "bookings_export");

        response.setContentType(exportFormat.contentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"bookings-" + fromDate + "-"
                + toDate + "." + exportFormat.name().toLowerCase(Locale.ROOT) + "\"");
        export.write(fromDate, toDate, exportFormat, fullPhones, response.getOutputStream());
    }
}
