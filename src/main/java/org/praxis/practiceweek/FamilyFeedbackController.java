package org.praxis.practiceweek;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.praxis.identity.CurrentUser;
import org.praxis.identity.Policies;
import org.praxis.web.FormValues;
import org.praxis.web.MaxLength;
import org.praxis.web.NotFound;
import org.praxis.web.OneOf;
import org.praxis.web.Option;
import org.praxis.web.Problem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Families' and children's voices: the public form at the week's short link (standard, easy read and children's
 * versions), and the QA lead's page with the link, its QR code and what people said, approving quotes.
 */
@Controller
class FamilyFeedbackController {

    /**
     * What a family sends, its fields in the page's order. That something was said, and the tick to say they
     * understand how it is used, are checked by the controller.
     */
    record FeedbackForm(
            String version,

            @OneOf(value = FamilyFeedback.Who.class, message = "Choose who you are")
            String who,

            @MaxLength(value = 200, label = "The team or service")
            String service,

            @MaxLength(value = 5000, label = "What has gone well")
            String wentWell,

            @MaxLength(value = 5000, label = "What could be better")
            String couldBeBetter,

            @MaxLength(value = 5000, label = "Anything else")
            String anythingElse,

            @NotNull(message = "Say whether we may quote what you wrote")
            @Pattern(regexp = "yes|no", message = "Say whether we may quote what you wrote")
            String mayQuote,

            @MaxLength(value = 200, label = "Your name") String name,

            @MaxLength(value = 254, label = "How to contact you")
            String contact,

            List<String> consent,
            String website,
            String stamp) {}

    /** The words of each version of the form. */
    record Wording(
            String heading,
            String intro,
            String whoLegend,
            String service,
            String wentWell,
            String couldBeBetter,
            String anythingElse,
            String consent,
            String mayQuote,
            String contactHeading) {}

    private static final Map<FamilyFeedback.FormVersion, Wording> WORDING = Map.of(
            FamilyFeedback.FormVersion.STANDARD,
            new Wording(
                    "Tell us about the help you get from social care",
                    "During Practice Week, council leaders and partners spend time with our teams. We want to hear"
                            + " from the families and people we work with too. It takes about 5 minutes.",
                    "Who are you?",
                    "Which team or service was it? (optional)",
                    "What has gone well?",
                    "What could be better?",
                    "Is there anything else you want to tell us? (optional)",
                    "I understand that what I write is read by the council's quality assurance team to improve"
                            + " services. It is not added to anyone's case record.",
                    "May we quote what you wrote, without your name, in our Practice Week report?",
                    "If you would like us to contact you (optional)"),
            FamilyFeedback.FormVersion.EASY_READ,
            new Wording(
                    "Tell us what you think",
                    "We want to know what you think about the help you get. You do not have to give your name.",
                    "Who are you?",
                    "Which team helps you? (you do not have to say)",
                    "What is good?",
                    "What could be better?",
                    "Anything else? (you do not have to say)",
                    "I know the council will read this to make help better. It does not go in my file.",
                    "Can we use your words in our report? We will not say your name.",
                    "Do you want us to contact you? (you do not have to)"),
            FamilyFeedback.FormVersion.CHILDREN,
            new Wording(
                    "Tell us what you think",
                    "This is for children and young people. Tell us about the people who help you and your family."
                            + " You do not need to write your name.",
                    "Who are you?",
                    "Who helps you? (you can leave this out)",
                    "What is good about the help you get?",
                    "What would make it better?",
                    "Anything else you want to tell us? (you can leave this out)",
                    "I know the people who check how well we help will read this. It does not go in my file.",
                    "Can we share what you wrote, without your name?",
                    "Do you want someone to get back to you? (you can leave this out)"));

    /** The phase banner on the families' pages speaks to them, not to staff. */
    static final String FOR_FAMILIES =
            "This form is new. What you tell us helps the council make its help for families better.";

    private final PracticeWeeks weeks;
    private final FamilyFeedback feedback;
    private final String publicAddress;
    private final String frontDoorPhone;

    FamilyFeedbackController(
            PracticeWeeks weeks,
            FamilyFeedback feedback,
            @Value("${praxis.public-base-url}") String publicAddress,
            @Value("${praxis.council.front-door-phone:}") String frontDoorPhone) {
        this.weeks = weeks;
        this.feedback = feedback;
        this.publicAddress = publicAddress.replaceAll("/+$", "");
        this.frontDoorPhone = frontDoorPhone.isBlank() ? null : frontDoorPhone.strip();
    }

    private long weekOf(String code) {
        return weeks.weekByFeedbackCode(code).orElseThrow(() -> new NotFound());
    }

    private static FamilyFeedback.FormVersion version(String text) {
        if ("easy-read".equals(text) || "EASY_READ".equals(text)) {
            return FamilyFeedback.FormVersion.EASY_READ;
        }
        if ("children".equals(text) || "CHILDREN".equals(text)) {
            return FamilyFeedback.FormVersion.CHILDREN;
        }
        return FamilyFeedback.FormVersion.STANDARD;
    }

    @GetMapping("/f/{code}")
    @PreAuthorize(Policies.ANYONE)
    String form(
            @PathVariable String code, @RequestParam(name = "version", required = false) String version, Model model) {
        weekOf(code);
        var chosen = version(version);
        model.addAttribute(
                "form",
                new FeedbackForm(chosen.name(), "", "", "", "", "", "", "", "", List.of(), "", feedback.stamp()));
        model.addAttribute("problems", List.of());
        return form(code, chosen, model);
    }

    private String form(String code, FamilyFeedback.FormVersion version, Model model) {
        model.addAttribute("code", code);
        model.addAttribute("wording", WORDING.get(version));
        model.addAttribute("versionClass", version == FamilyFeedback.FormVersion.STANDARD ? "" : "praxis-easy-read");
        model.addAttribute("pictures", version == FamilyFeedback.FormVersion.EASY_READ);
        model.addAttribute("phaseBanner", FOR_FAMILIES);
        model.addAttribute(
                "whoOptions",
                Arrays.stream(FamilyFeedback.Who.values())
                        .map(w -> new Option(w.name(), w.label()))
                        .toList());
        model.addAttribute("yesNo", List.of(new Option("yes", "Yes"), new Option("no", "No")));
        model.addAttribute(
                "consentOptions", List.of(new Option("yes", WORDING.get(version).consent())));
        return "practiceweek/family-form";
    }

    @PostMapping("/f/{code}")
    @PreAuthorize(Policies.ANYONE)
    String send(
            @PathVariable String code,
            @Valid @ModelAttribute("form") FeedbackForm form,
            BindingResult result,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        long weekId = weekOf(code);
        var version = version(form.version());
        // A robot fills in the field people cannot see: thank it and keep nothing.
        if (form.website() != null && !form.website().isBlank()) {
            return "redirect:/f/" + code + "/thanks";
        }
        if (FormValues.blank(form.wentWell())
                && FormValues.blank(form.couldBeBetter())
                && FormValues.blank(form.anythingElse())) {
            result.rejectValue("wentWell", "wentWell", "Tell us what has gone well or what could be better");
        }
        if (form.consent() == null || !form.consent().contains("yes")) {
            result.rejectValue("consent", "consent", "Tick the box to say you understand how we use what you write");
        }
        if (!result.hasErrors() && !feedback.humanPaced(form.stamp())) {
            // Too quick, or the page is old: a person presses Send again and loses nothing.
            result.reject("stamp", "Please check your answers and press Send again.");
        }
        if (!result.hasErrors()) {
            // The client's address as the trusted proxy forwarded it (server.forward-headers-strategy, decision 0027).
            var limit = feedback.allowed(feedback.clientKey(request.getRemoteAddr()), weekId);
            var minutes = feedback.settings().window().toMinutes();
            if (limit != FamilyFeedback.Limit.NONE) {
                response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
                result.reject(
                        "limit",
                        (limit == FamilyFeedback.Limit.ADDRESS
                                        ? "A lot of messages have been sent from this connection in the last few"
                                                + " minutes."
                                        : "A lot of messages have been sent through this form in the last few minutes.")
                                + " Wait " + minutes + " minutes and press Send again: what you wrote is still here.");
            }
        }
        if (result.hasErrors()) {
            model.addAttribute("problems", Problem.allIn(result, FeedbackForm.class));
            model.addAttribute(
                    "form",
                    new FeedbackForm(
                            version.name(),
                            form.who(),
                            form.service(),
                            form.wentWell(),
                            form.couldBeBetter(),
                            form.anythingElse(),
                            form.mayQuote(),
                            form.name(),
                            form.contact(),
                            form.consent(),
                            "",
                            feedback.stamp()));
            return form(code, version, model);
        }
        if (!feedback.firstUseOf(form.stamp())) {
            // The same page sent again (a double press, or a robot replaying it): what it said is already kept.
            return "redirect:/f/" + code + "/thanks";
        }
        feedback.receive(
                weekId,
                new FamilyFeedback.Given(
                        version,
                        FormValues.parse(FamilyFeedback.Who.class, form.who()),
                        FormValues.tidy(form.service()),
                        FormValues.tidy(form.wentWell()),
                        FormValues.tidy(form.couldBeBetter()),
                        FormValues.tidy(form.anythingElse()),
                        "yes".equals(form.mayQuote()),
                        FormValues.tidy(form.name()),
                        FormValues.tidy(form.contact())));
        return "redirect:/f/" + code + "/thanks";
    }

    @GetMapping("/f/{code}/thanks")
    @PreAuthorize(Policies.ANYONE)
    String thanks(@PathVariable String code, Model model) {
        weekOf(code);
        model.addAttribute("code", code);
        model.addAttribute("phaseBanner", FOR_FAMILIES);
        model.addAttribute("frontDoorPhone", frontDoorPhone);
        return "practiceweek/family-thanks";
    }

    private String shortLink(PracticeWeeks.Week week) {
        return publicAddress + "/f/" + week.feedbackCode();
    }

    @GetMapping("/practice-week/{weekId}/family-feedback")
    @PreAuthorize(Policies.QA_LEADS)
    String received(@PathVariable long weekId, Model model) {
        var week = weeks.found(weekId);
        model.addAttribute("week", week);
        model.addAttribute("link", shortLink(week));
        model.addAttribute("received", feedback.forWeek(weekId));
        if (!model.containsAttribute("problems")) {
            model.addAttribute("problems", List.of());
        }
        return "practiceweek/family-feedback";
    }

    @PostMapping("/practice-week/{weekId}/family-feedback/{feedbackId}/quote")
    @PreAuthorize(Policies.QA_LEADS)
    String quote(
            @PathVariable long weekId,
            @PathVariable long feedbackId,
            @RequestParam("approved") String approved,
            RedirectAttributes redirect) {
        boolean approve = "true".equals(approved);
        if (!feedback.approveQuote(
                weekId, feedbackId, approve, CurrentUser.require().username())) {
            redirect.addFlashAttribute("saved", "That cannot be quoted: the person did not agree to it");
        } else {
            redirect.addFlashAttribute("saved", approve ? "Approved for quoting" : "No longer quoted");
        }
        return "redirect:/practice-week/" + weekId + "/family-feedback";
    }

    /** The quote as the report shows it, edited to take out names; what the person wrote is kept, never published. */
    @PostMapping("/practice-week/{weekId}/family-feedback/{feedbackId}/quote-text")
    @PreAuthorize(Policies.QA_LEADS)
    @org.praxis.web.ReturnTo("/practice-week/{weekId}/family-feedback")
    String editQuote(
            @PathVariable long weekId,
            @PathVariable long feedbackId,
            @RequestParam(name = "quoteText", defaultValue = "") String quoteText,
            RedirectAttributes redirect) {
        weeks.found(weekId);
        feedback.editQuote(weekId, feedbackId, quoteText, CurrentUser.require().username());
        redirect.addFlashAttribute("saved", "The quote is changed: the report shows it as you wrote it");
        return "redirect:/practice-week/" + weekId + "/family-feedback#feedback-" + feedbackId;
    }

    @GetMapping(value = "/practice-week/{weekId}/feedback-qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    @PreAuthorize(Policies.QA_LEADS)
    ResponseEntity<byte[]> qrCode(@PathVariable long weekId) throws IOException, WriterException {
        var week = weeks.found(weekId);
        var matrix = new QRCodeWriter()
                .encode(
                        shortLink(week),
                        BarcodeFormat.QR_CODE,
                        400,
                        400,
                        Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
        var image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
        for (int x = 0; x < matrix.getWidth(); x++) {
            for (int y = 0; y < matrix.getHeight(); y++) {
                image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
            }
        }
        var png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(png.toByteArray());
    }
}
