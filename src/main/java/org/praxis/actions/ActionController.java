package org.praxis.actions;

import java.util.List;
import org.praxis.identity.CurrentUser;
import org.praxis.identity.Policies;
import org.praxis.identity.Role;
import org.praxis.identity.StaffAccounts;
import org.praxis.web.Cell;
import org.praxis.web.ListPage;
import org.praxis.web.NotFound;
import org.praxis.web.PageOf;
import org.praxis.web.Refused;
import org.praxis.web.ReturnTo;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "My actions", "Team actions", all actions for QA leads, and one action with its history. */
@Controller
@RequestMapping("/actions")
class ActionController {

    private final Actions actions;
    private final StaffAccounts accounts;
    private final List<ActionSources> sources;

    ActionController(Actions actions, StaffAccounts accounts, List<ActionSources> sources) {
        this.actions = actions;
        this.accounts = accounts;
        this.sources = sources;
    }

    @GetMapping
    @PreAuthorize(Policies.STAFF)
    String mine(@RequestParam(name = "page", required = false) Integer page, Model model) {
        return list(model, "My actions", actions.owned(CurrentUser.require().userId(), ListPage.requested(page)));
    }

    @GetMapping("/team")
    @PreAuthorize(Policies.TEAM_MANAGERS)
    String team(@RequestParam(name = "page", required = false) Integer page, Model model) {
        var user = CurrentUser.require();
        return list(model, "Team actions", actions.team(user.teamIds(), ListPage.requested(page)));
    }

    @GetMapping("/all")
    @PreAuthorize(Policies.REPORT_READERS)
    String all(@RequestParam(name = "page", required = false) Integer page, Model model) {
        return list(model, "All actions", actions.all(ListPage.requested(page)));
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
        model.addAttribute("history", actions.history(id));
        var owner = accounts.byIds(List.of(action.ownerUserId())).get(action.ownerUserId());
        model.addAttribute("owner", owner == null ? "Former user" : owner.name());
        boolean isOwner = action.ownerUserId() == user.userId();
        model.addAttribute("canStart", isOwner && action.status() == ActionStatus.OPEN);
        model.addAttribute("canComplete", isOwner && action.status().canMoveTo(ActionStatus.DONE));
        model.addAttribute(
                "canVerify",
                !isOwner
                        && action.status() == ActionStatus.DONE
                        && (user.has(Role.QA_LEAD) || user.has(Role.LEADER) || user.has(Role.MANAGER)));
        model.addAttribute("canCancel", !action.status().finished());
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
        redirect.addFlashAttribute("saved", "Action " + status.label().toLowerCase(java.util.Locale.ROOT));
        return "redirect:/actions/" + id;
    }

    private String list(Model model, String heading, PageOf<Actions.ActionRow> found) {
        model.addAttribute("heading", heading);
        model.addAttribute("page", found);
        model.addAttribute(
                "rows",
                found.items().stream()
                        .map(a -> List.of(
                                Cell.link(a.title(), "/actions/" + a.id()),
                                Cell.text(a.sourceLabel()),
                                Cell.text(a.owner()),
                                Cell.text(
                                        a.dueDate().format(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy"))),
                                a.overdue()
                                        ? Cell.tag("Overdue", "red")
                                        : Cell.tag(
                                                a.status().label(), a.status().colour())))
                        .toList());
        var user = CurrentUser.require();
        model.addAttribute("isManager", user.has(Role.MANAGER));
        model.addAttribute("seesAll", user.has(Role.QA_LEAD) || user.has(Role.LEADER));
        return "actions/list";
    }
}
