package org.praxis.learning;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.praxis.documents.PdfDocument;
import org.praxis.identity.CurrentUser;
import org.praxis.identity.Policies;
import org.praxis.identity.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** The leaders' synopsis of the last reviews, on screen and as a PDF for a leadership team's papers. */
@Controller
class SynopsisController {

    static final int DEFAULT_REVIEWS = 6;
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final Synopsis synopsis;
    private final ITemplateEngine templates;
    private final String council;
    private final Clock clock;

    SynopsisController(
            Synopsis synopsis,
            ITemplateEngine templates,
            @Value("${praxis.council.name}") String council,
            Clock clock) {
        this.synopsis = synopsis;
        this.templates = templates;
        this.council = council;
        this.clock = clock;
    }

    /** The number asked for, kept from 1 to the most; the default when none (or not a number) was given. */
    static int count(String reviews) {
        var n = org.praxis.web.FormValues.number(reviews);
        return n == null ? DEFAULT_REVIEWS : Math.max(1, Math.min(Synopsis.MOST_REVIEWS, n));
    }

    @GetMapping("/learning/synopsis")
    @PreAuthorize(Policies.SYNOPSIS_READERS)
    String synopsis(@RequestParam(name = "reviews", required = false) String reviews, Model model) {
        int n = count(reviews);
        model.addAttribute("n", n);
        model.addAttribute("summaries", synopsis.lastReviews(n));
        model.addAttribute("readers", synopsis.readers());
        model.addAttribute("mayRecordReading", CurrentUser.require().has(Role.LEADER));
        model.addAttribute("most", Synopsis.MOST_REVIEWS);
        return "learning/synopsis";
    }

    @GetMapping("/learning/synopsis.pdf")
    @PreAuthorize(Policies.SYNOPSIS_READERS)
    void pdf(@RequestParam(name = "reviews", required = false) String reviews, HttpServletResponse response)
            throws IOException {
        int n = count(reviews);
        var context = new Context(Locale.UK);
        context.setVariable("summaries", synopsis.lastReviews(n));
        context.setVariable("n", n);
        context.setVariable("council", council);
        context.setVariable("today", LocalDate.now(clock).format(DAY));
        var pdf = PdfDocument.fromHtml(templates.process("learning/synopsis-report", context));
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"learning-synopsis.pdf\"");
        response.getOutputStream().write(pdf);
    }

    /** A leader records that they have read the synopsis: the date is shown beside their name. */
    @PostMapping("/learning/synopsis/read")
    @PreAuthorize(Policies.LEADERS)
    String read(@RequestParam(name = "reviews", required = false) String reviews, RedirectAttributes redirect) {
        synopsis.read(CurrentUser.require(), count(reviews));
        redirect.addFlashAttribute("saved", "Recorded: you have read the synopsis today");
        return "redirect:/learning/synopsis?reviews=" + count(reviews);
    }
}
