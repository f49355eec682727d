package org.praxis.accesslog;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.praxis.identity.Policies;
import org.praxis.web.Cell;
import org.praxis.web.DateInput;
import org.praxis.web.ListPage;
import org.praxis.web.Option;
import org.praxis.web.PageOf;
import org.praxis.web.Problem;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The data protection officer's screen: search the access log, and export what it finds. */
@Controller
@RequestMapping("/admin/access-log")
class AccessLogController {

    record SearchForm(String username, String recordType, String recordId, DateInput from, DateInput to) {}

    private final AccessLogSearch search;

    AccessLogController(AccessLogSearch search) {
        this.search = search;
    }

    @GetMapping
    @PreAuthorize(Policies.ADMINISTRATORS)
    String search(
            @ModelAttribute("form") SearchForm form,
            BindingResult result,
            @RequestParam(name = "page", required = false) Integer page,
            Model model) {
        var criteria = criteria(form, result);
        model.addAttribute("problems", Problem.allIn(result));
        model.addAttribute("recordTypes", recordTypeOptions());
        if (result.hasErrors()) {
            model.addAttribute(
                    "page",
                    new PageOf<AccessLogSearch.Entry>(List.of(), 1, PageOf.DEFAULT_SIZE, 0, "/admin/access-log"));
            model.addAttribute("rows", List.of());
            return "accesslog/search";
        }
        var found = search.search(criteria, ListPage.requested(page));
        model.addAttribute("page", found);
        model.addAttribute(
                "rows", found.items().stream().map(AccessLogController::row).toList());
        model.addAttribute(
                "exportHref",
                ServletUriComponentsBuilder.fromCurrentRequest()
                        .replacePath("/admin/access-log/export.csv")
                        .replaceQueryParam("page")
                        .build()
                        .toUriString());
        return "accesslog/search";
    }

    @GetMapping("/export.csv")
    @PreAuthorize(Policies.ADMINISTRATORS)
    void export(@ModelAttribute("form") SearchForm form, BindingResult result, HttpServletResponse response)
            throws IOException {
        var criteria = criteria(form, result);
        if (result.hasErrors()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"access-log-" + LocalDate.now() + ".csv\"");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        search.export(criteria, response.getWriter());
    }

    private static AccessLogSearch.Criteria criteria(SearchForm form, BindingResult result) {
        var from = form.from() == null
                ? null
                : form.from().toDate("from", "The from date", result).orElse(null);
        var to = form.to() == null
                ? null
                : form.to().toDate("to", "The to date", result).orElse(null);
        if (from != null && to != null && to.isBefore(from)) {
            result.rejectValue("to", "range", "The to date must be the same as or after the from date");
        }
        return new AccessLogSearch.Criteria(form.username(), form.recordType(), form.recordId(), from, to);
    }

    private List<Option> recordTypeOptions() {
        return search.recordTypes().stream()
                .map(t -> new Option(t, ScreenNames.recordType(t)))
                .toList();
    }

    private static List<Cell> row(AccessLogSearch.Entry e) {
        return List.of(
                Cell.text(AccessLogSearch.SHOWN.format(e.occurredAt())),
                Cell.text(e.username()),
                Cell.tag(AccessLog.Action.valueOf(e.action()).label(), "DENIED".equals(e.action()) ? "red" : "grey"),
                Cell.text(ScreenNames.recordType(e.recordType())),
                Cell.text(e.recordId()),
                Cell.text(ScreenNames.screen(e.screen())));
    }
}
