package org.praxis.register;

import jakarta.validation.Valid;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import org.praxis.identity.CurrentUser;
import org.praxis.identity.Policies;
import org.praxis.register.indicators.Indicator;
import org.praxis.register.indicators.IndicatorThresholds;
import org.praxis.register.indicators.Threshold;
import org.praxis.register.indicators.ThresholdChanges;
import org.praxis.register.indicators.ThresholdUnit;
import org.praxis.web.Cell;
import org.praxis.web.FormValues;
import org.praxis.web.NotFound;
import org.praxis.web.OneOf;
import org.praxis.web.Option;
import org.praxis.web.Problem;
import org.praxis.web.Refused;
import org.praxis.web.SummaryRow;
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

/** The council's own standards for the indicators: a QA lead changes a threshold; every change is kept. */
@Controller
@RequestMapping("/register/indicators/thresholds")
class IndicatorThresholdController {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", java.util.Locale.UK);

    /**
     * A threshold as typed. The number's range and wording depend on the indicator, so the controller checks that
     * it is a whole number and the service checks its range, both naming the field by its label.
     */
    record ThresholdForm(
            String amount,

            @OneOf(value = ThresholdUnit.class, message = "Select what the number counts")
            String unit,

            String version) {}

    private final IndicatorThresholds thresholds;
    private final ThresholdChanges changes;

    private final org.praxis.identity.StaffAccounts staffAccounts;

    IndicatorThresholdController(
            IndicatorThresholds thresholds, ThresholdChanges changes, org.praxis.identity.StaffAccounts staffAccounts) {
        this.staffAccounts = staffAccounts;
        this.thresholds = thresholds;
        this.changes = changes;
    }

    @GetMapping
    @PreAuthorize(Policies.QA_LEADS)
    String list(Model model) {
        var current = thresholds.current();
        model.addAttribute(
                "rows",
                settable()
                        .map(i -> SummaryRow.of(i.setting().question(), words(i, current.of(i)))
                                .withAction("Change", "/register/indicators/thresholds/" + i.key()))
                        .toList());
        var history = thresholds.history();
        var names = staffAccounts.namesOf(
                history.stream().map(IndicatorThresholds.Change::changedBy).toList());
        model.addAttribute(
                "history",
                history.stream()
                        .map(c -> List.of(
                                Cell.text(c.changedAt()
                                        .format(WHEN)
                                        .replace("AM", "am")
                                        .replace("PM", "pm")),
                                Cell.text(names.getOrDefault(c.changedBy(), c.changedBy())),
                                Cell.text(c.indicator().setting().question()),
                                Cell.text(c.before().words()),
                                Cell.text(c.after().words())))
                        .toList());
        return "register/indicator-thresholds";
    }

    @GetMapping("/{indicator}")
    @PreAuthorize(Policies.QA_LEADS)
    String edit(@PathVariable String indicator, Model model) {
        var chosen = settable(indicator);
        var current = thresholds.current();
        var threshold = current.of(chosen);
        model.addAttribute(
                "form",
                new ThresholdForm(
                        String.valueOf(threshold.amount()),
                        threshold.unit().name(),
                        String.valueOf(current.version(chosen))));
        model.addAttribute("problems", List.of());
        return form(chosen, threshold, model);
    }

    @PostMapping("/{indicator}")
    @PreAuthorize(Policies.QA_LEADS)
    String change(
            @PathVariable String indicator,
            @Valid @ModelAttribute("form") ThresholdForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var chosen = settable(indicator);
        var label = "“" + chosen.setting().question() + "”";
        Integer amount = null;
        if (FormValues.blank(form.amount())) {
            result.rejectValue("amount", "blank", "Enter a whole number for " + label);
        } else {
            try {
                amount = Integer.parseInt(form.amount().strip());
            } catch (NumberFormatException e) {
                result.rejectValue(
                        "amount",
                        "number",
                        label + " must be a whole number, like "
                                + chosen.setting().standard().amount());
            }
        }
        if (!result.hasErrors()) {
            try {
                var wanted = new Threshold(amount, ThresholdUnit.valueOf(form.unit()));
                var changed = changes.change(
                        chosen,
                        wanted,
                        // A version that is not a number matches none: the change is refused as stale.
                        java.util.Objects.requireNonNullElse(FormValues.number(form.version()), -1),
                        CurrentUser.require().username());
                redirect.addFlashAttribute(
                        "saved",
                        changed
                                ? "Threshold changed to " + wanted.words()
                                        + ": the indicators of every snapshot have been worked out again"
                                : "The threshold was already " + wanted.words() + ": nothing changed");
                return "redirect:/register/indicators/thresholds";
            } catch (Refused refused) {
                refused.addTo(result);
            }
        }
        model.addAttribute("problems", Problem.allIn(result, ThresholdForm.class));
        return form(chosen, thresholds.current().of(chosen), model);
    }

    private String form(Indicator indicator, Threshold current, Model model) {
        var setting = indicator.setting();
        model.addAttribute("indicator", indicator);
        model.addAttribute("heading", indicator.title(current));
        model.addAttribute("question", setting.question());
        model.addAttribute("amountHint", "A whole number from " + setting.min() + " to " + setting.max());
        model.addAttribute(
                "units",
                setting.units().stream()
                        .map(u -> new Option(u.name(), u.choice()))
                        .toList());
        model.addAttribute(
                "onlyUnit", setting.units().size() == 1 ? setting.units().getFirst() : null);
        return "register/indicator-threshold";
    }

    /** "10 working days (Praxis's standard: 42 days)", so a council sees where it has set its own. */
    private static String words(Indicator indicator, Threshold threshold) {
        var standard = indicator.setting().standard();
        return threshold.equals(standard)
                ? threshold.words()
                : threshold.words() + " (Praxis's standard: " + standard.words() + ")";
    }

    private static java.util.stream.Stream<Indicator> settable() {
        return Arrays.stream(Indicator.values()).filter(i -> i.setting() != null);
    }

    private static Indicator settable(String key) {
        return settable().filter(i -> i.key().equals(key)).findFirst().orElseThrow(NotFound::new);
    }
}
