package org.praxis.register;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.praxis.identity.Policies;
import org.praxis.register.indicators.BankHolidays;
import org.praxis.register.indicators.IndicatorCalculation;
import org.praxis.register.reading.Values;
import org.praxis.web.DateInput;
import org.praxis.web.Problem;
import org.praxis.web.RealDate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The bank holidays working days leave out: the admin adds next year's; indicators are worked out again. */
@Controller
@RequestMapping("/register/bank-holidays")
class BankHolidayController {

    /** A bank holiday, its fields in the page's order; weekends and dates already held are refused by the controller. */
    record HolidayForm(
            @RealDate(label = "The date", blank = "Enter the date of the bank holiday")
            DateInput date,

            @NotBlank(message = "Enter the name of the bank holiday")
            @Size(max = 120, message = "The name must be 120 characters or fewer")
            String name) {}

    private final BankHolidays holidays;
    private final IndicatorCalculation indicators;

    BankHolidayController(BankHolidays holidays, IndicatorCalculation indicators) {
        this.holidays = holidays;
        this.indicators = indicators;
    }

    @GetMapping
    @PreAuthorize(Policies.REGISTER_IMPORTERS)
    String list(Model model) {
        model.addAttribute("form", new HolidayForm(DateInput.of(null), ""));
        model.addAttribute("problems", List.of());
        return page(model);
    }

    private String page(Model model) {
        model.addAttribute("holidays", holidays.all());
        model.addAttribute(
                "canChange", org.praxis.identity.CurrentUser.require().has(org.praxis.identity.Role.ADMIN));
        return "register/bank-holidays";
    }

    @PostMapping
    @PreAuthorize(Policies.ADMINISTRATORS)
    String add(
            @Valid @ModelAttribute("form") HolidayForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var date = form.date() == null
                ? java.util.Optional.<java.time.LocalDate>empty()
                : form.date().date();
        var name = form.name() == null ? "" : Values.tidy(form.name());
        if (date.isPresent() && !result.hasErrors()) {
            var day = date.get().getDayOfWeek();
            if (day == java.time.DayOfWeek.SATURDAY || day == java.time.DayOfWeek.SUNDAY) {
                result.rejectValue(
                        "date", "weekend", "The date is a weekend: enter the weekday the holiday is taken on");
            } else if (!holidays.add(date.get(), name)) {
                result.rejectValue("date", "duplicate", "That date is already a bank holiday");
            }
        }
        if (result.hasErrors()) {
            model.addAttribute("problems", Problem.allIn(result, HolidayForm.class));
            return page(model);
        }
        recalculate();
        redirect.addFlashAttribute("saved", "Bank holiday added; the indicators have been worked out again");
        return "redirect:/register/bank-holidays";
    }

    @PostMapping("/remove")
    @PreAuthorize(Policies.ADMINISTRATORS)
    String remove(@RequestParam(name = "date", required = false) String date, RedirectAttributes redirect) {
        try {
            if (date != null && holidays.remove(java.time.LocalDate.parse(date))) {
                recalculate();
                redirect.addFlashAttribute("saved", "Bank holiday removed; the indicators have been worked out again");
            }
        } catch (java.time.DateTimeException e) {
            // Not a date: nothing to remove.
        }
        return "redirect:/register/bank-holidays";
    }

    private void recalculate() {
        indicators.recalculateAll();
    }
}
