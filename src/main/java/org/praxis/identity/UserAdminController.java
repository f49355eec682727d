package org.praxis.identity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.praxis.web.Cell;
import org.praxis.web.ListPage;
import org.praxis.web.Option;
import org.praxis.web.Problem;
import org.praxis.web.Refused;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators' screens for accounts: list, give access, change roles and team scope, deactivate. */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    record FilterForm(String text, String role, String status) {}

    private static final String USERNAME_RULE =
            "Username must be 3 to 60 letters, numbers, dots, dashes or underscores";
    private static final String PASSWORD_RULE = "Password must be between 12 and 200 characters";
    /** Empty (no change, when changing an account) or 12 to 200 characters. */
    private static final String PASSWORD_LENGTH = "(?s)|.{" + UserAdministration.MIN_PASSWORD + ",200}";

    /**
     * Components in the order the page shows the fields. The person (a staff member's work email or a visitor),
     * the roles and the team are looked up by the controller.
     */
    record NewUserForm(
            @NotNull(message = USERNAME_RULE) @Pattern(regexp = "\\s*[A-Za-z0-9._-]{3,60}\\s*", message = USERNAME_RULE)
            String username,

            String personKind,
            String staffEmail,
            String visitorId,
            List<String> roles,
            String teamId,

            @NotEmpty(message = "Enter a password") @Pattern(regexp = PASSWORD_LENGTH, message = PASSWORD_RULE)
            String password) {}

    record ChangeUserForm(
            List<String> roles,
            String teamId,
            List<String> furtherTeams,
            List<String> services,
            String active,

            @Pattern(regexp = PASSWORD_LENGTH, message = PASSWORD_RULE)
            String password,

            Integer version) {}

    /** Links someone waiting after signing in through the provider to a staff record (decision 0026). */
    record LinkForm(String staffEmail, List<String> roles, String teamId) {}

    private static final java.time.format.DateTimeFormatter SEEN =
            java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", java.util.Locale.UK);

    private final UserAdministration users;
    private final PersonDirectory people;
    private final SingleSignOnAccounts singleSignOn;
    private final SingleSignOnSettings singleSignOnSettings;
    private final java.time.ZoneId zone;
    private final AccountScopes scopes;

    UserAdminController(
            UserAdministration users,
            PersonDirectory people,
            SingleSignOnAccounts singleSignOn,
            SingleSignOnSettings singleSignOnSettings,
            java.time.Clock clock,
            AccountScopes scopes) {
        this.users = users;
        this.people = people;
        this.singleSignOn = singleSignOn;
        this.singleSignOnSettings = singleSignOnSettings;
        this.zone = clock.getZone();
        this.scopes = scopes;
    }

    /** Further teams and whole services, only those offered (decision 0029). */
    private AccountScopes.Wider wider(ChangeUserForm form) {
        var teams = people.activeTeams().stream()
                .map(PersonDirectory.Team::id)
                .collect(java.util.stream.Collectors.toSet());
        var services =
                people.services().stream().map(PersonDirectory.Team::id).collect(java.util.stream.Collectors.toSet());
        return new AccountScopes.Wider(
                chosen(form.furtherTeams()).stream()
                        .filter(teams::contains)
                        .collect(java.util.stream.Collectors.toSet()),
                chosen(form.services()).stream()
                        .filter(services::contains)
                        .collect(java.util.stream.Collectors.toSet()));
    }

    private static List<Long> chosen(List<String> ids) {
        return ids == null
                ? List.of()
                : ids.stream()
                        .map(UserAdminController::parse)
                        .filter(java.util.Objects::nonNull)
                        .toList();
    }

    @GetMapping
    @PreAuthorize(Policies.ADMINISTRATORS)
    String list(
            @ModelAttribute("filter") FilterForm filter,
            @RequestParam(name = "page", required = false) Integer page,
            Model model) {
        var found = users.list(
                new UserAdministration.Filter(filter.text(), role(filter.role()), "all".equals(filter.status())),
                ListPage.requested(page));
        model.addAttribute("page", found);
        model.addAttribute(
                "rows",
                found.items().stream()
                        .map(u -> List.of(
                                Cell.link(u.username(), "/admin/users/" + u.id() + "/edit"),
                                Cell.text(u.person()),
                                Cell.text(u.roles().stream().map(Role::label).collect(Collectors.joining(", "))),
                                u.active() ? Cell.tag("Active", "green") : Cell.tag("Inactive", "grey")))
                        .toList());
        model.addAttribute("roleOptions", roleOptions());
        model.addAttribute(
                "statusOptions", List.of(new Option("", "Active accounts"), new Option("all", "Active and inactive")));
        model.addAttribute("providerName", singleSignOnSettings.providerName());
        model.addAttribute(
                "waiting",
                singleSignOn.waiting().stream()
                        .map(w -> List.of(
                                Cell.text(w.name() == null ? "Not given" : w.name()),
                                Cell.text(w.email() == null ? "Not given" : w.email()),
                                Cell.text(SEEN.format(w.firstSeenAt().atZone(zone))),
                                Cell.link(
                                        "Link " + (w.name() != null ? w.name() : w.email()) + " to a staff record",
                                        "/admin/users/waiting/" + w.id())))
                        .toList());
        return "identity/user-list";
    }

    @GetMapping("/waiting/{id}")
    @PreAuthorize(Policies.ADMINISTRATORS)
    String linkForm(@PathVariable long id, Model model) {
        var person = singleSignOn.waitingPerson(id);
        model.addAttribute("form", new LinkForm(person.email() == null ? "" : person.email(), List.of(), ""));
        return linkFormView(model, person);
    }

    @PostMapping("/waiting/{id}")
    @PreAuthorize(Policies.ADMINISTRATORS)
    String link(
            @PathVariable long id,
            @ModelAttribute("form") LinkForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var person = singleSignOn.waitingPerson(id);
        var staffId = form.staffEmail() == null || form.staffEmail().isBlank()
                ? null
                : people.staffIdByWorkEmail(form.staffEmail()).orElse(null);
        if (staffId == null) {
            result.rejectValue("staffEmail", "staff", "Enter the work email of an active staff member");
        }
        var existing = staffId == null ? java.util.Optional.<Long>empty() : singleSignOn.accountOf(staffId);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Long teamId = null;
        if (staffId != null && existing.isEmpty()) {
            roles = roles(form.roles(), result);
            teamId = teamScope(form.teamId(), roles, staffId, result);
        }
        if (!result.hasErrors()) {
            singleSignOn.link(id, staffId, roles, teamId);
            redirect.addFlashAttribute(
                    "saved",
                    existing.isPresent()
                            ? "Linked to the staff member’s account. They can now sign in with "
                                    + singleSignOnSettings.providerName() + "."
                            : "Account created and linked. They can now sign in with "
                                    + singleSignOnSettings.providerName() + ".");
            return "redirect:/admin/users";
        }
        model.addAttribute("problems", Problem.allIn(result, LinkForm.class));
        return linkFormView(model, person);
    }

    private String linkFormView(Model model, SingleSignOnAccounts.WaitingPerson person) {
        model.addAttribute("person", person);
        model.addAttribute("providerName", singleSignOnSettings.providerName());
        model.addAttribute("firstSeen", SEEN.format(person.firstSeenAt().atZone(zone)));
        model.addAttribute("roleOptions", roleOptions());
        model.addAttribute("teamOptions", teamOptions());
        return "identity/user-link";
    }

    @GetMapping("/new")
    @PreAuthorize(Policies.ADMINISTRATORS)
    String newForm(Model model) {
        model.addAttribute("form", new NewUserForm("", "staff", "", "", List.of(), "", ""));
        return newFormView(model);
    }

    @PostMapping("/new")
    @PreAuthorize(Policies.ADMINISTRATORS)
    String create(
            @Valid @ModelAttribute("form") NewUserForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Long staffId = null;
        Long visitorId = null;
        if ("visitor".equals(form.personKind())) {
            visitorId = parse(form.visitorId());
            if (visitorId == null || people.visitor(visitorId).isEmpty()) {
                result.rejectValue("visitorId", "visitor", "Select the visitor this account is for");
            }
        } else {
            staffId = form.staffEmail() == null
                    ? null
                    : people.staffIdByWorkEmail(form.staffEmail()).orElse(null);
            if (staffId == null) {
                result.rejectValue("staffEmail", "staff", "Enter the work email of an active staff member");
            }
        }
        var roles = roles(form.roles(), result);
        var teamId = teamScope(form.teamId(), roles, staffId, result);
        if (!result.hasErrors()) {
            try {
                users.create(form.username().strip(), form.password(), staffId, visitorId, teamId, roles);
                redirect.addFlashAttribute(
                        "saved", "Account created. Give the person their username and password separately.");
                return "redirect:/admin/users";
            } catch (Refused e) {
                e.addTo(result);
            }
        }
        model.addAttribute("problems", Problem.allIn(result, NewUserForm.class));
        return newFormView(model);
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(Policies.ADMINISTRATORS)
    String changeForm(@PathVariable long id, Model model) {
        var account = users.get(id);
        model.addAttribute(
                "form",
                new ChangeUserForm(
                        account.roleSet().stream().map(Enum::name).toList(),
                        account.teamId() == null ? "" : account.teamId().toString(),
                        scopes.wider(id).teamIds().stream().map(String::valueOf).toList(),
                        scopes.wider(id).serviceIds().stream()
                                .map(String::valueOf)
                                .toList(),
                        account.active() ? "yes" : "no",
                        "",
                        account.version()));
        return changeFormView(model, account);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize(Policies.ADMINISTRATORS)
    String change(
            @PathVariable long id,
            @Valid @ModelAttribute("form") ChangeUserForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var account = users.get(id);
        var roles = roles(form.roles(), result);
        var teamId = teamScope(form.teamId(), roles, account.staffId(), result);
        boolean active = !"no".equals(form.active());
        if (account.id().equals(CurrentUser.require().userId()) && (!active || !roles.contains(Role.ADMIN))) {
            result.rejectValue(
                    "roles", "self", "You cannot remove your own administrator role or deactivate your own account");
        }
        if (!result.hasErrors() && form.version() != null) {
            try {
                users.update(id, form.version(), roles, teamId, active, form.password(), wider(form));
                redirect.addFlashAttribute(
                        "saved", "Account changed. If they were signed in, they have been signed out.");
                return "redirect:/admin/users";
            } catch (OptimisticLockingFailureException e) {
                result.reject(
                        "conflict", "Someone else changed this account while you were editing it. Open it again.");
            }
        }
        model.addAttribute("problems", Problem.allIn(result, ChangeUserForm.class));
        return changeFormView(model, account);
    }

    private String newFormView(Model model) {
        model.addAttribute("roleOptions", roleOptions());
        model.addAttribute("teamOptions", teamOptions());
        model.addAttribute(
                "visitorOptions",
                people.activeVisitors().stream()
                        .map(v -> new Option(String.valueOf(v.id()), v.fullName() + " (" + v.organisation() + ")"))
                        .toList());
        model.addAttribute(
                "personKindOptions",
                List.of(new Option("staff", "A member of staff"), new Option("visitor", "A visitor")));
        return "identity/user-new";
    }

    private String changeFormView(Model model, UserAccount account) {
        model.addAttribute("account", account);
        model.addAttribute("roleOptions", roleOptions());
        model.addAttribute("teamOptions", teamOptions());
        model.addAttribute(
                "serviceOptions",
                people.services().stream()
                        .map(t -> new Option(String.valueOf(t.id()), t.name()))
                        .toList());
        model.addAttribute(
                "activeOptions", List.of(new Option("yes", "Active"), new Option("no", "Deactivated: cannot sign in")));
        return "identity/user-change";
    }

    private List<Option> teamOptions() {
        return people.activeTeams().stream()
                .map(t -> new Option(String.valueOf(t.id()), t.name()))
                .toList();
    }

    private static Set<Role> roles(List<String> names, Errors errors) {
        var roles = EnumSet.noneOf(Role.class);
        if (names != null) {
            names.stream()
                    .map(UserAdminController::role)
                    .filter(java.util.Objects::nonNull)
                    .forEach(roles::add);
        }
        if (roles.isEmpty()) {
            errors.rejectValue("roles", "roles", "Select at least one role");
        }
        return roles;
    }

    /** Managers and practitioners need a team; by default the team of the staff member the account is for. */
    private Long teamScope(String teamId, Set<Role> roles, Long staffId, Errors errors) {
        var team = parse(teamId);
        if (team == null && staffId != null) {
            team = people.staffMember(staffId)
                    .map(PersonDirectory.Person::teamId)
                    .orElse(null);
        }
        if (roles.stream().anyMatch(Role::isTeamScoped) && team == null) {
            errors.rejectValue("teamId", "team", "Select the team a manager or practitioner can see");
        }
        return team;
    }

    private static List<Option> roleOptions() {
        return Arrays.stream(Role.values())
                .map(r -> new Option(r.name(), r.label()))
                .toList();
    }

    private static Role role(String name) {
        return Arrays.stream(Role.values())
                .filter(r -> r.name().equals(name))
                .findFirst()
                .orElse(null);
    }

    private static Long parse(String id) {
        try {
            return id == null || id.isBlank() ? null : Long.valueOf(id.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
