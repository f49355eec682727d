package org.praxis.governance;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.praxis.identity.CurrentUser;
import org.praxis.identity.Policies;
import org.praxis.web.DateInput;
import org.praxis.web.FormValues;
import org.praxis.web.MaxLength;
import org.praxis.web.NotFound;
import org.praxis.web.Option;
import org.praxis.web.Problem;
import org.praxis.web.RealDate;
import org.praxis.web.Refused;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Committees, their meetings and agenda items, and what each item resolved. */
@Controller
@RequestMapping("/governance")
class CommitteeController {

    record CommitteeForm(
            @NotBlank(message = "Enter the committee’s name") @MaxLength(value = 200, label = "The name")
            String name,

            @NotBlank(message = "Choose what kind of committee it is")
            String kind) {}

    record MeetingForm(
            @RealDate(label = "Meeting date", blank = "Enter the date of the meeting")
            DateInput meetsOn) {}

    record AgendaItemForm(
            @NotBlank(message = "Enter the agenda item’s title") @MaxLength(value = 300, label = "The title")
            String title) {}

    record ResolutionForm(
            @NotBlank(message = "Choose what the committee resolved")
            String kind,

            @NotBlank(message = "Enter the resolution as minuted") @MaxLength(value = 2000, label = "The resolution")
            String wording,

            String owner,
            String dueMeeting,
            @RealDate(label = "Date it is due by") DateInput dueOn) {

        static ResolutionForm empty() {
            return new ResolutionForm("", "", "", "", DateInput.of(null));
        }
    }

    private final Committees committees;
    private final FollowUpOwners owners;

    CommitteeController(Committees committees, FollowUpOwners owners) {
        this.committees = committees;
        this.owners = owners;
    }

    @GetMapping("/committees")
    @PreAuthorize(Policies.REPORT_READERS)
    String committees(Model model) {
        model.addAttribute("form", new CommitteeForm("", ""));
        return committeesPage(model, List.of());
    }

    @PostMapping("/committees")
    @PreAuthorize(Policies.QA_LEADS)
    String addCommittee(
            @Valid @ModelAttribute("form") CommitteeForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var kind = FormValues.parse(CommitteeKind.class, form.kind());
        if (!result.hasFieldErrors("kind") && kind == null) {
            result.rejectValue("kind", "kind", "Choose what kind of committee it is");
        }
        if (!result.hasErrors()) {
            try {
                long id = committees.addCommittee(
                        form.name(), kind, CurrentUser.require().username());
                redirect.addFlashAttribute("saved", "Committee added: add its meetings");
                return "redirect:/governance/committees/" + id;
            } catch (Refused refused) {
                refused.addTo(result);
            }
        }
        return committeesPage(model, Problem.allIn(result, CommitteeForm.class));
    }

    private String committeesPage(Model model, List<Problem> problems) {
        model.addAttribute("committees", committees.committees());
        model.addAttribute("kindOptions", kindOptions());
        model.addAttribute("manages", CurrentUser.require().has(org.praxis.identity.Role.QA_LEAD));
        model.addAttribute("problems", problems);
        return "governance/committees";
    }

    @GetMapping("/committees/{id}")
    @PreAuthorize(Policies.REPORT_READERS)
    String committee(@PathVariable long id, Model model) {
        model.addAttribute("form", new MeetingForm(DateInput.of(null)));
        return committeePage(id, model, List.of());
    }

    @PostMapping("/committees/{id}/meetings")
    @PreAuthorize(Policies.QA_LEADS)
    String addMeeting(
            @PathVariable long id,
            @Valid @ModelAttribute("form") MeetingForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                long meeting = committees.addMeeting(id, form.meetsOn().date().orElseThrow());
                redirect.addFlashAttribute("saved", "Meeting added: add its agenda items");
                return "redirect:/governance/meetings/" + meeting;
            } catch (Refused refused) {
                refused.addTo(result);
            }
        }
        return committeePage(id, model, Problem.allIn(result, MeetingForm.class));
    }

    private String committeePage(long id, Model model, List<Problem> problems) {
        model.addAttribute("committee", committees.committee(id).orElseThrow(NotFound::new));
        model.addAttribute("manages", CurrentUser.require().has(org.praxis.identity.Role.QA_LEAD));
        model.addAttribute("problems", problems);
        return "governance/committee";
    }

    @GetMapping("/meetings/{id}")
    @PreAuthorize(Policies.REPORT_READERS)
    String meeting(@PathVariable long id, Model model) {
        model.addAttribute("form", new AgendaItemForm(""));
        return meetingPage(id, model, List.of());
    }

    @PostMapping("/meetings/{id}/items")
    @PreAuthorize(Policies.QA_LEADS)
    String addItem(
            @PathVariable long id,
            @Valid @ModelAttribute("form") AgendaItemForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return meetingPage(id, model, Problem.allIn(result, AgendaItemForm.class));
        }
        long item = committees.addAgendaItem(id, form.title());
        redirect.addFlashAttribute("saved", "Agenda item added");
        return "redirect:/governance/meetings/" + id + "#item-" + item;
    }

    private String meetingPage(long id, Model model, List<Problem> problems) {
        model.addAttribute("meeting", committees.meeting(id).orElseThrow(NotFound::new));
        model.addAttribute("manages", CurrentUser.require().has(org.praxis.identity.Role.QA_LEAD));
        model.addAttribute("problems", problems);
        return "governance/meeting";
    }

    @GetMapping("/items/{id}/resolutions/new")
    @PreAuthorize(Policies.QA_LEADS)
    String resolutionForm(@PathVariable long id, Model model) {
        model.addAttribute("form", ResolutionForm.empty());
        return resolutionPage(id, model, List.of());
    }

    @PostMapping("/items/{id}/resolutions/new")
    @PreAuthorize(Policies.QA_LEADS)
    String resolve(
            @PathVariable long id,
            @Valid @ModelAttribute("form") ResolutionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var meeting = committees.meetingOfItem(id).orElseThrow(NotFound::new);
        var kind = FormValues.parse(ResolutionKind.class, form.kind());
        if (!result.hasFieldErrors("kind") && kind == null) {
            result.rejectValue("kind", "kind", "Choose what the committee resolved");
        }
        var owner = FormValues.id(form.owner());
        if (owner != null && owners.options().stream().noneMatch(o -> o.value().equals(String.valueOf(owner)))) {
            result.rejectValue("owner", "owner", "Choose who owns the follow-up");
        }
        if (!result.hasErrors()) {
            try {
                committees.resolve(
                        id,
                        new Committees.NewResolution(
                                kind,
                                form.wording(),
                                owner,
                                FormValues.id(form.dueMeeting()),
                                form.dueOn() == null
                                        ? null
                                        : form.dueOn().date().orElse(null)),
                        CurrentUser.require().username());
                redirect.addFlashAttribute(
                        "saved",
                        kind.followUp() ? "Follow-up recorded: it is on the follow-up list" : "Resolution recorded");
                return "redirect:/governance/meetings/" + meeting.id() + "#item-" + id;
            } catch (Refused refused) {
                refused.addTo(result);
            }
        }
        return resolutionPage(id, model, Problem.allIn(result, ResolutionForm.class));
    }

    private String resolutionPage(long itemId, Model model, List<Problem> problems) {
        var meeting = committees.meetingOfItem(itemId).orElseThrow(NotFound::new);
        model.addAttribute("meeting", meeting);
        model.addAttribute(
                "item",
                meeting.items().stream()
                        .filter(i -> i.id() == itemId)
                        .findFirst()
                        .orElseThrow(NotFound::new));
        model.addAttribute(
                "kindOptions",
                Arrays.stream(ResolutionKind.values())
                        .map(k -> new Option(k.name(), k.label()))
                        .toList());
        model.addAttribute("ownerOptions", owners.options());
        var meetings = new ArrayList<Option>();
        meetings.add(new Option("", "Not at a meeting: by a date"));
        meeting.laterMeetings()
                .forEach(m -> meetings.add(new Option(String.valueOf(m.id()), Dates.words(m.meetsOn()))));
        model.addAttribute("meetingOptions", meetings);
        model.addAttribute("problems", problems);
        return "governance/resolution-form";
    }

    private static List<Option> kindOptions() {
        return Arrays.stream(CommitteeKind.values())
                .map(k -> new Option(k.name(), k.label()))
                .toList();
    }
}
