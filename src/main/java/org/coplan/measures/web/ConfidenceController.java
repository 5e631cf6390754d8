package org.coplan.measures.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.coplan.measures.domain.ConfidenceReply;
import org.coplan.measures.domain.ConfidenceScale;
import org.coplan.measures.domain.ConfidenceStatement;
import org.coplan.measures.internal.ConfidenceAnswering;
import org.coplan.measures.internal.ConfidenceAnswering.Opened;
import org.coplan.measures.internal.ConfidenceAnswering.State;
import org.coplan.measures.internal.ConfidenceOffers;
import org.coplan.people.PersonId;
import org.coplan.people.SignedInPerson;
import org.coplan.shared.web.FormErrors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The family confidence survey: one page from a personal link ({@code /confidence/{token}}, which works
 * without signing in) or from the person's own pages ({@code /confidence/offers/{offerId}}, signed in),
 * and "Your answers". No page here names the child or shows anything of the case.
 */
@Controller
class ConfidenceController {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final ConfidenceAnswering answering;

    ConfidenceController(ConfidenceAnswering answering) {
        this.answering = answering;
    }

    @GetMapping("/confidence/answers")
    String showAnswers(@AuthenticationPrincipal SignedInPerson who, Model model, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("answers", answering.answersOf(who.id()).stream().map(ConfidenceController::shown).toList());
        model.addAttribute("open", answering.openOffersOf(who.id()).stream().map(o -> "/confidence/offers/" + o.id()).toList());
        return "measures/confidence-answers";
    }

    @GetMapping("/confidence/{token}")
    String showByToken(@PathVariable String token, @RequestParam(required = false) String version,
            @AuthenticationPrincipal SignedInPerson who, Model model, HttpServletResponse response) {
        return show(answering.byToken(token, idOf(who)), "/confidence/" + token, version, model, response);
    }

    @GetMapping("/confidence/offers/{offerId}")
    String showByOffer(@PathVariable UUID offerId, @RequestParam(required = false) String version,
            @AuthenticationPrincipal SignedInPerson who, Model model, HttpServletResponse response) {
        return show(answering.byOffer(offerId, idOf(who)), "/confidence/offers/" + offerId, version, model, response);
    }

    @PostMapping("/confidence/{token}")
    String submitByToken(@PathVariable String token, @RequestParam Map<String, String> form, @AuthenticationPrincipal SignedInPerson who,
            Model model, HttpServletResponse response) {
        return submit(answering.byToken(token, idOf(who)), "/confidence/" + token, form, model, response);
    }

    @PostMapping("/confidence/offers/{offerId}")
    String submitByOffer(@PathVariable UUID offerId, @RequestParam Map<String, String> form, @AuthenticationPrincipal SignedInPerson who,
            Model model, HttpServletResponse response) {
        return submit(answering.byOffer(offerId, idOf(who)), "/confidence/offers/" + offerId, form, model, response);
    }

    @PostMapping("/confidence/{token}/skip")
    String submitSkipByToken(@PathVariable String token, @AuthenticationPrincipal SignedInPerson who, Model model,
            HttpServletResponse response) {
        return skip(answering.byToken(token, idOf(who)), "/confidence/" + token, model, response);
    }

    @PostMapping("/confidence/offers/{offerId}/skip")
    String submitSkipByOffer(@PathVariable UUID offerId, @AuthenticationPrincipal SignedInPerson who, Model model,
            HttpServletResponse response) {
        return skip(answering.byOffer(offerId, idOf(who)), "/confidence/offers/" + offerId, model, response);
    }

    private String show(Opened opened, String path, String version, Model model, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        if (opened.state() == State.OPEN) {
            boolean easy = version == null ? opened.offer().orElseThrow().easyRead() : "easy".equals(version);
            return form(model, path, easy, Map.of(), "", false, new FormErrors());
        }
        if (opened.state() == State.ANSWERED) {
            model.addAttribute("answer", answering.answerTo(opened.offer().orElseThrow()).map(ConfidenceController::shown).orElse(null));
            return "measures/confidence-thanks";
        }
        if (opened.state() == State.SKIPPED) {
            return "measures/confidence-skipped";
        }
        return refused(opened.state(), model, response, null);
    }

    private String submit(Opened opened, String path, Map<String, String> form, Model model, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        String words = form.getOrDefault("words", "");
        boolean mayShare = "yes".equals(form.get("mayShare"));
        boolean easy = "easy".equals(form.get("version"));
        if (opened.state() != State.OPEN) {
            return refused(opened.state(), model, response, words);
        }
        ConfidenceReply.Checked checked = ConfidenceReply.check(form, words, mayShare);
        if (checked.reply().isEmpty()) {
            FormErrors errors = new FormErrors();
            checked.problems().forEach((field, key) -> errors.add(field, key, ConfidenceReply.MAX_WORDS));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(model, path, easy, form, words, mayShare, errors);
        }
        if (answering.answer(opened.offer().orElseThrow(), checked.reply().get()) == ConfidenceAnswering.Saved.ANSWERED_ALREADY) {
            return refused(State.ANSWERED, model, response, words);
        }
        return "redirect:" + path;
    }

    private String skip(Opened opened, String path, Model model, HttpServletResponse response) {
        if (opened.state() == State.OPEN) {
            answering.skip(opened.offer().orElseThrow());
            return "redirect:" + path;
        }
        if (opened.state() == State.SKIPPED) {
            return "redirect:" + path;
        }
        return refused(opened.state(), model, response, null);
    }

    /** Why a survey cannot be answered, with what the person typed kept for them to copy. */
    private String refused(State state, Model model, HttpServletResponse response, String words) {
        response.setHeader("Cache-Control", "no-store");
        response.setStatus(switch (state) {
            case NOT_FOUND -> HttpServletResponse.SC_NOT_FOUND;
            case SOMEONE_ELSE -> HttpServletResponse.SC_FORBIDDEN;
            case EXPIRED -> HttpServletResponse.SC_GONE;
            default -> HttpServletResponse.SC_CONFLICT;
        });
        model.addAttribute("reason", "confidence.refused." + state.name());
        model.addAttribute("words", words == null || words.isBlank() ? null : words);
        return "measures/confidence-refused";
    }

    private String form(Model model, String path, boolean easy, Map<String, String> values, String words, boolean mayShare,
            FormErrors errors) {
        model.addAttribute("path", path);
        model.addAttribute("easy", easy);
        model.addAttribute("prefix", easy ? "confidence.easy." : "confidence.");
        model.addAttribute("statements", List.of(ConfidenceStatement.values()).stream().map(ConfidenceStatement::field).toList());
        model.addAttribute("scale", List.of(ConfidenceScale.values()).stream().map(Enum::name).toList());
        Map<String, String> chosen = new LinkedHashMap<>();
        for (ConfidenceStatement s : ConfidenceStatement.values()) {
            chosen.put(s.field(), values.get(s.field()));
        }
        model.addAttribute("chosen", chosen);
        model.addAttribute("words", words);
        model.addAttribute("mayShare", mayShare);
        model.addAttribute("maxWords", ConfidenceReply.MAX_WORDS);
        model.addAttribute("errors", errors);
        return "measures/confidence-survey";
    }

    /** One survey's answers as the "Your answers" page shows them. */
    record Shown(String on, List<Row> rows, String words, boolean mayShare) {}

    record Row(String statementKey, String answerKey) {}

    private static Shown shown(ConfidenceOffers.Answer a) {
        String prefix = a.easyRead() ? "confidence.easy." : "confidence.";
        List<Row> rows = a.answers().entrySet().stream()
                .map(e -> new Row(prefix + "statement." + e.getKey().field(), prefix + "scale." + e.getValue().name())).toList();
        return new Shown(DAY.format(a.answeredAt().atZone(LONDON)), rows, a.words(), a.mayShare());
    }

    private static PersonId idOf(SignedInPerson who) {
        return who == null ? null : who.id();
    }
}
