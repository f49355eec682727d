package org.praxis.governance;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.praxis.documents.ReportPeriod;
import org.praxis.documents.ReportSection;
import org.praxis.identity.CurrentUser;
import org.praxis.identity.Policies;
import org.praxis.identity.Role;
import org.praxis.web.FormValues;
import org.praxis.web.NotFound;
import org.praxis.web.Option;
import org.praxis.web.Problem;
import org.praxis.web.Refused;
import org.praxis.web.ReturnTo;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The quarterly practice assurance reports: the list, a report's page and files, its narrative and its moves. */
@Controller
@RequestMapping("/governance/reports")
class AssuranceReportController {

    /** A section with what the principal social worker wrote for it. */
    record SectionView(ReportSection section, Narrative narrative, String text, boolean failed) {}

    private final AssuranceReports reports;
    private final ReportFiles files;
    private final ReportLogo logo;
    private final java.time.Clock clock;
    private final org.praxis.web.PageAccess access;

    AssuranceReportController(
            AssuranceReports reports,
            ReportFiles files,
            ReportLogo logo,
            java.time.Clock clock,
            org.praxis.web.PageAccess access) {
        this.reports = reports;
        this.files = files;
        this.logo = logo;
        this.clock = clock;
        this.access = access;
    }

    @GetMapping
    @PreAuthorize(Policies.ASSURANCE_REPORT_READERS)
    String list(Model model) {
        return listPage(model, List.of());
    }

    @PostMapping
    @PreAuthorize(Policies.QA_LEADS)
    String start(@RequestParam(required = false) String period, Model model, RedirectAttributes redirect) {
        try {
            long id = reports.start(
                    ReportPeriod.parse(period), CurrentUser.require().username());
            redirect.addFlashAttribute("saved", "Report started in draft: write the narrative for each section");
            return "redirect:/governance/reports/" + id;
        } catch (IllegalArgumentException e) {
            return listPage(model, List.of(new Problem("period", "Choose the quarter the report covers")));
        } catch (Refused refused) {
            return listPage(model, refused.problems());
        }
    }

    private String listPage(Model model, List<Problem> problems) {
        var reader = CurrentUser.require();
        model.addAttribute("reports", reports.reports(reader));
        model.addAttribute("writes", reader.has(Role.QA_LEAD));
        var latest = ReportPeriod.lastEndedBy(java.time.LocalDate.now(clock));
        model.addAttribute(
                "periodOptions",
                latest.next().lastQuarters(6).reversed().stream()
                        .map(p -> new Option(p.code(), p.label()))
                        .toList());
        model.addAttribute("suggested", latest.code());
        model.addAttribute("problems", problems);
        return "governance/reports";
    }

    @GetMapping("/{id}")
    @PreAuthorize(Policies.ASSURANCE_REPORT_READERS)
    String report(@PathVariable long id, Model model) {
        var reader = CurrentUser.require();
        var report = reports.report(id, reader).orElseThrow(NotFound::new);
        model.addAttribute("report", report);
        model.addAttribute("sections", views(report));
        model.addAttribute(
                "openable",
                access.openable(report.sections().stream()
                        .map(ReportSection::detailPath)
                        .toList()));
        model.addAttribute("writes", reader.has(Role.QA_LEAD) && report.status().editable());
        // publishing waits for the quarter's end: no button that could only be refused
        boolean quarterEnded = report.period().to().isBefore(java.time.LocalDate.now(clock));
        var moves = moves(report, reader).stream()
                .filter(next -> next != ReportStatus.APPROVED
                        || !reader.username().equals(reports.sentForReviewBy(report.id())))
                .filter(next -> next != ReportStatus.PUBLISHED || quarterEnded)
                .toList();
        model.addAttribute(
                "publishesAfter",
                !quarterEnded && moves(report, reader).contains(ReportStatus.PUBLISHED)
                        ? report.period().to()
                        : null);
        model.addAttribute("moves", moves);
        model.addAttribute("mayPublish", moves.contains(ReportStatus.PUBLISHED));
        model.addAttribute("newVersion", reader.has(Role.QA_LEAD) && report.published());
        model.addAttribute(
                "without",
                report.withoutNarrative().stream().map(ReportSection::title).toList());
        return "governance/report";
    }

    static List<SectionView> views(AssuranceReports.Report report) {
        return report.sections().stream()
                .map(s -> new SectionView(
                        s,
                        Narrative.parse(report.narrative(s.key())),
                        report.narrative(s.key()),
                        report.failed().contains(s.key())))
                .toList();
    }

    /** The moves the reader may make: the QA lead moves the report on; a leader approves it or sends it back. */
    private static List<ReportStatus> moves(AssuranceReports.Report report, CurrentUser reader) {
        return java.util.Arrays.stream(ReportStatus.values())
                .filter(report.status()::canMoveTo)
                .filter(next -> reader.has(Role.QA_LEAD)
                        || (reader.has(Role.LEADER) && next != ReportStatus.PUBLISHED && next != ReportStatus.REVIEW))
                .toList();
    }

    @GetMapping("/{id}/sections/{key}")
    @PreAuthorize(Policies.QA_LEADS)
    String narrativeForm(@PathVariable long id, @PathVariable String key, Model model, RedirectAttributes redirect) {
        var report = reports.report(id, CurrentUser.require()).orElseThrow(NotFound::new);
        try {
            AssuranceReports.refuseUnlessEditable(report.status());
        } catch (Refused refused) {
            redirect.addFlashAttribute("problems", refused.problems());
            return "redirect:/governance/reports/" + id;
        }
        var section = views(report).stream()
                .filter(v -> v.section().key().equals(key))
                .findFirst()
                .orElseThrow(NotFound::new);
        model.addAttribute("report", report);
        model.addAttribute("view", section);
        model.addAttribute("text", section.text());
        model.addAttribute("problems", List.of());
        return "governance/narrative-form";
    }

    @PostMapping("/{id}/sections/{key}")
    @PreAuthorize(Policies.QA_LEADS)
    @ReturnTo("/governance/reports/{id}")
    String saveNarrative(
            @PathVariable long id,
            @PathVariable String key,
            @RequestParam(required = false) String text,
            @RequestParam int lockVersion,
            Model model,
            RedirectAttributes redirect) {
        if (text != null && text.length() > 20_000) {
            var report = reports.report(id, CurrentUser.require()).orElseThrow(NotFound::new);
            model.addAttribute("report", report);
            model.addAttribute(
                    "view",
                    views(report).stream()
                            .filter(v -> v.section().key().equals(key))
                            .findFirst()
                            .orElseThrow(NotFound::new));
            model.addAttribute("text", text);
            model.addAttribute(
                    "problems", List.of(new Problem("text", "The narrative must be 20000 characters or fewer")));
            return "governance/narrative-form";
        }
        reports.saveNarrative(id, key, text, lockVersion, CurrentUser.require().username());
        redirect.addFlashAttribute("saved", "Narrative saved");
        return "redirect:/governance/reports/" + id + "#section-" + key;
    }

    @PostMapping("/{id}/move")
    @PreAuthorize(Policies.REPORT_READERS)
    @ReturnTo("/governance/reports/{id}")
    String move(
            @PathVariable long id,
            @RequestParam String to,
            @RequestParam(required = false) String reason,
            @RequestParam int lockVersion,
            RedirectAttributes redirect) {
        var reader = CurrentUser.require();
        var report = reports.report(id, reader).orElseThrow(NotFound::new);
        var next = FormValues.parse(ReportStatus.class, to);
        if (next == null || !moves(report, reader).contains(next)) {
            throw new Refused("You cannot move this report there");
        }
        if (reason != null && reason.length() > 2000) {
            throw new Refused("reason", "The reason must be 2000 characters or fewer");
        }
        reports.move(id, next, reason, lockVersion, reader.username());
        redirect.addFlashAttribute(
                "saved",
                next == ReportStatus.PUBLISHED
                        ? "Published: its figures are stored as they are now, and it no longer changes"
                        : "The report is now " + next.label().toLowerCase(Locale.UK));
        return "redirect:/governance/reports/" + id;
    }

    @PostMapping("/{id}/new-version")
    @PreAuthorize(Policies.QA_LEADS)
    @ReturnTo("/governance/reports/{id}")
    String newVersion(@PathVariable long id, RedirectAttributes redirect) {
        long version = reports.newVersion(id, CurrentUser.require().username());
        redirect.addFlashAttribute("saved", "New version started in draft, with the narrative of the published one");
        return "redirect:/governance/reports/" + version;
    }

    @GetMapping("/{id}.pdf")
    @PreAuthorize(Policies.ASSURANCE_REPORT_READERS)
    void pdf(@PathVariable long id, HttpServletResponse response) throws IOException {
        var report = reports.report(id, CurrentUser.require()).orElseThrow(NotFound::new);
        var pdf = files.pdf(report);
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + files.fileName(report) + ".pdf\"");
        response.getOutputStream().write(pdf);
    }

    @GetMapping("/{id}.xlsx")
    @PreAuthorize(Policies.ASSURANCE_REPORT_READERS)
    ResponseEntity<byte[]> xlsx(@PathVariable long id) {
        var report = reports.report(id, CurrentUser.require()).orElseThrow(NotFound::new);
        return download(
                files.xlsx(report),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                files.fileName(report) + ".xlsx");
    }

    @GetMapping("/{id}.docx")
    @PreAuthorize(Policies.ASSURANCE_REPORT_READERS)
    ResponseEntity<byte[]> docx(@PathVariable long id) {
        var report = reports.report(id, CurrentUser.require()).orElseThrow(NotFound::new);
        return download(
                files.docx(report),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                files.fileName(report) + ".docx");
    }

    private static ResponseEntity<byte[]> download(byte[] content, String type, String fileName) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(type))
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .body(content);
    }

    @GetMapping("/logo")
    @PreAuthorize(Policies.QA_LEADS)
    String logoForm(Model model) {
        model.addAttribute("hasLogo", logo.logo().isPresent());
        model.addAttribute("problems", List.of());
        return "governance/logo";
    }

    @PostMapping("/logo")
    @PreAuthorize(Policies.QA_LEADS)
    String uploadLogo(@RequestParam(required = false) MultipartFile logoFile, Model model, RedirectAttributes redirect)
            throws IOException {
        try {
            logo.replace(
                    logoFile == null ? null : logoFile.getBytes(),
                    CurrentUser.require().username());
        } catch (Refused refused) {
            model.addAttribute("hasLogo", logo.logo().isPresent());
            model.addAttribute("problems", List.of(new Problem("logoFile", refused.getMessage())));
            return "governance/logo";
        }
        redirect.addFlashAttribute("saved", "Logo saved: it is on the cover of every report from now on");
        return "redirect:/governance/reports";
    }

    @GetMapping("/logo.img")
    @PreAuthorize(Policies.ASSURANCE_REPORT_READERS)
    ResponseEntity<byte[]> logoImage() {
        var stored = logo.logo().orElseThrow(NotFound::new);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(stored.contentType()))
                .body(stored.content());
    }

    static String dataUri(ReportLogo.Logo logo) {
        return "data:" + logo.contentType() + ";base64," + Base64.getEncoder().encodeToString(logo.content());
    }
}
