package org.praxis.analytics;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.praxis.identity.Policies;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The read-only data API (decision 0029): the exports' datasets as paged JSON for machine accounts, filtered by date.
 * Each page is written to the access log as an export by the machine account.
 */
@RestController
@RequestMapping("/api/data")
@io.swagger.v3.oas.annotations.OpenAPIDefinition(
        info =
                @Info(
                        title = "Praxis data API",
                        version = "1",
                        description =
                                "Read-only: every answer of every audit (long format), every audit, every moderation and"
                                        + " every action, decoded. For machine accounts, with a token an administrator makes under"
                                        + " Users → Machine accounts for the data API."),
        security = @SecurityRequirement(name = "token"))
@SecurityScheme(name = "token", type = SecuritySchemeType.HTTP, scheme = "bearer")
class DataApiController {

    /** One page of a dataset, and the address of the next page when there is one. */
    record DataPage(
            String dataset,
            LocalDate from,
            LocalDate to,
            int page,
            int size,
            List<String> columns,
            List<Map<String, Object>> items,
            String next) {}

    record ApiProblem(String status, String message) {}

    private final AnalystData data;
    private final Clock clock;
    private final int maxPageSize;

    DataApiController(AnalystData data, Clock clock, @Value("${praxis.data-api.max-page-size:1000}") int maxPageSize) {
        this.data = data;
        this.clock = clock;
        this.maxPageSize = maxPageSize;
    }

    @GetMapping("/{dataset}")
    @PreAuthorize(Policies.API_READERS)
    @Operation(
            summary = "One page of a dataset",
            description = "answers: one row per answer of audits submitted between the dates; audits: audits changed"
                    + " between the dates; moderations: moderations graded between the dates; actions: actions changed"
                    + " between the dates. Rows in a stable order; follow 'next' until it is null.")
    ResponseEntity<?> page(
            @Parameter(description = "answers, audits, moderations or actions") @PathVariable String dataset,
            @Parameter(description = "First day, as 2026-04-01 (default: 1 January this year)")
                    @RequestParam(name = "from", required = false)
                    String from,
            @Parameter(description = "Last day, as 2026-11-30 (default: today)")
                    @RequestParam(name = "to", required = false)
                    String to,
            @Parameter(description = "Page number, from 1")
                    @RequestParam(name = "page", required = false, defaultValue = "1")
                    String page,
            @Parameter(description = "Rows per page, at most 1000")
                    @RequestParam(name = "size", required = false, defaultValue = "500")
                    String size) {
        var set = Dataset.bySlug(dataset);
        if (set.isEmpty()) {
            return ResponseEntity.status(404)
                    .body(new ApiProblem(
                            "NOT_FOUND", "No dataset '" + dataset + "': use answers, audits, moderations or actions"));
        }
        var window = ExportController.window(from, to, LocalDate.now(clock));
        if (!window.problems().isEmpty()) {
            var p = window.problems().getFirst();
            return ResponseEntity.badRequest().body(new ApiProblem("BAD_REQUEST", p.fieldName() + ": " + p.message()));
        }
        Integer pageNumber = whole(page);
        Integer pageSize = whole(size);
        if (pageNumber == null || pageNumber < 1) {
            return ResponseEntity.badRequest()
                    .body(new ApiProblem("BAD_REQUEST", "page: must be a whole number from 1, not '" + page + "'"));
        }
        if (pageSize == null || pageSize < 1 || pageSize > maxPageSize) {
            return ResponseEntity.badRequest()
                    .body(new ApiProblem(
                            "BAD_REQUEST",
                            "size: must be a whole number from 1 to " + maxPageSize + ", not '" + size + "'"));
        }
        var items = new ArrayList<Map<String, Object>>();
        data.rows(
                set.get(),
                window.from(),
                window.to(),
                (long) (pageNumber - 1) * pageSize,
                pageSize + 1,
                "API page " + pageNumber,
                items::add);
        boolean more = items.size() > pageSize;
        if (more) {
            items.removeLast();
        }
        return ResponseEntity.ok(new DataPage(
                set.get().slug(),
                window.from(),
                window.to(),
                pageNumber,
                pageSize,
                set.get().columns(),
                items,
                more
                        ? "/api/data/" + set.get().slug() + "?from=" + window.from() + "&to=" + window.to() + "&page="
                                + (pageNumber + 1) + "&size=" + pageSize
                        : null));
    }

    private static Integer whole(String text) {
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException | NullPointerException e) {
            return null;
        }
    }
}
