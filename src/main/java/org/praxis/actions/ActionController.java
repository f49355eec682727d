package org.praxis.actions;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.praxis.identity.CurrentUser;
import org.praxis.identity.Policies;
import org.praxis.identity.StaffAccounts;
import org.praxis.web.NotFound;
import org.praxis.web.Refused;
import org.praxis.web.ReturnTo;
import org.springframework.http.HttpHeaders;
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

/** One action with its history: moving it on, returning it to its owner, and its evidence files. */
@Controller
@RequestMapping("/actions")
class ActionController {

    private final Actions actions;
    private final EvidenceFiles files;
    private final StaffAccounts accounts;
    private final List<ActionSources> sources;

    ActionController(Actions actions, EvidenceFiles files, StaffAccounts accounts, List<ActionSources> sources) {
        this.actions = actions;
        this.files = files;
        this.accounts = accounts;
        this.sources = sources;
    }

    @GetMapping("/{id}")
    @PreAuthorize(Policies.STAFF)
    String view(@PathVariable long id, Model model) {
        var user = CurrentUser.require();
        var action = actions.open(id, user).orElseThrow(() -> new NotFound());
        model.addAttribute("action", action);
        model.addAttribute(
                "sourceOpens",
                sources.stream()
                        .filter(source -> source.source().equals(action.source()))
                        .anyMatch(source -> source.mayOpen(action.sourceId(), user)));
        model.addAttribute("sourceKind", ActionSourceNames.of(action.source()));
        var history = actions.history(id);
        model.addAttribute("history", history);
        // The history keeps who moved it as they were named then; "demo" (the demo's set-up) is put in words
        model.addAttribute(
                "movedBy",
                accounts.namesOf(history.stream().map(Actions.Change::by).toList()));
        model.addAttribute("files", files.of(id));
        model.addAttribute("fileLimit", files.limitText());
        model.addAttribute("fileTypes", EvidenceFileType.ALLOWED);
        var people = accounts.byIds(
                action.raisedByUserId() == null
                        ? List.of(action.ownerUserId())
                        : List.of(action.ownerUserId(), action.raisedByUserId()));
        var owner = people.get(action.ownerUserId());
        model.addAttribute("owner", owner == null ? "Former user" : owner.name());
        // Raised by a person (by name), or by something that is not one (an import, the demo's set-up)
        var raiser = action.raisedByUserId() == null ? null : people.get(action.raisedByUserId());
        model.addAttribute("raisedBy", raiser != null ? raiser.name() : accounts.nameOf(action.createdBy()));
        boolean isOwner = action.ownerUserId() == user.userId();
        model.addAttribute("canStart", isOwner && action.status() == ActionStatus.OPEN);
        model.addAttribute("canComplete", isOwner && action.status().canMoveTo(ActionStatus.DONE));
        model.addAttribute("canVerify", action.status() == ActionStatus.DONE && Actions.mayVerify(action, user));
        model.addAttribute("canCancel", Actions.mayCancel(action, user));
        model.addAttribute("canAddFile", EvidenceFiles.mayAdd(action, user));
        if (!model.containsAttribute("problems")) {
            model.addAttribute("problems", List.of());
        }
        return "actions/view";
    }

    @PostMapping("/{id}/move")
    @PreAuthorize(Policies.STAFF)
    @ReturnTo("/actions/{id}")
    String move(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String to,
            @RequestParam(defaultValue = "-1") int lockVersion,
            @RequestParam(defaultValue = "") String note,
            RedirectAttributes redirect) {
        var status = java.util.Arrays.stream(ActionStatus.values())
                .filter(s -> s.name().equals(to))
                .findFirst()
                .orElseThrow(() -> new Refused("Choose what has happened to the action"));
        actions.move(id, lockVersion, status, note, CurrentUser.require());
        redirect.addFlashAttribute(
                "saved",
                status == ActionStatus.RETURNED
                        ? "Action returned to its owner, who has been told why"
                        : "Action " + status.label().toLowerCase(java.util.Locale.ROOT));
        return "redirect:/actions/" + id;
    }

    @PostMapping("/{id}/evidence")
    @PreAuthorize(Policies.STAFF)
    @ReturnTo("/actions/{id}")
    String addFile(
            @PathVariable long id,
            @RequestParam(name = EvidenceFiles.FIELD, required = false) MultipartFile file,
            RedirectAttributes redirect)
            throws IOException {
        if (file == null
                || file.isEmpty()
                        && (file.getOriginalFilename() == null
                                || file.getOriginalFilename().isBlank())) {
            throw new Refused(EvidenceFiles.FIELD, "Choose a file to add");
        }
        try (var in = file.getInputStream()) {
            files.add(id, file.getOriginalFilename(), in, CurrentUser.require());
        }
        redirect.addFlashAttribute(
                "saved", "Evidence file added: " + EvidenceFiles.safeName(file.getOriginalFilename()));
        return "redirect:/actions/" + id + "#evidence";
    }

    /**
     * An evidence file, always as a download (never shown in the browser, so a file cannot run as a page of Praxis),
     * with its type as checked when it was added.
     */
    @GetMapping("/{id}/evidence/{fileId}")
    @PreAuthorize(Policies.STAFF)
    ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable long fileId) {
        var found = files.open(id, fileId, CurrentUser.require()).orElseThrow(() -> new NotFound());
        var ascii = found.fileName().replaceAll("[^A-Za-z0-9._ -]", "_");
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(found.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                                + URLEncoder.encode(found.fileName(), StandardCharsets.UTF_8)
                                        .replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(found.bytes());
    }
}
