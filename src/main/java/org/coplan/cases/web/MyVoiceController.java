package org.coplan.cases.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.CaseContext;
import org.coplan.cases.CaseId;
import org.coplan.cases.MyVoice;
import org.coplan.cases.MyVoiceQuestion;
import org.coplan.cases.domain.CaseAction;
import org.coplan.cases.internal.ChildVoice;
import org.coplan.people.SignedInPerson;
import org.coplan.shared.web.FormErrors;
import org.coplan.shared.web.NotFound;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "My views" for a child or young person: one question a screen, pictures beside the choices, a
 * face scale, room for their own words, "read it to me" where the browser can speak. An adult
 * who opens it is named as the helper. Every screen is saved as it is left.
 */
@Controller
class MyVoiceController {

    static final int MAX_WORDS = 2000;
    static final int MAX_NAME = 200;

    private final CaseAccess access;
    private final ChildVoice voice;

    MyVoiceController(CaseAccess access, ChildVoice voice) {
        this.access = access;
        this.voice = voice;
    }

    @GetMapping("/cases/{caseId}/my-voice")
    String showStart(@PathVariable UUID caseId, @AuthenticationPrincipal SignedInPerson who, Model model) {
        CaseContext ctx = open(who, caseId);
        Optional<MyVoice> current = voice.open(ctx);
        String onOwn = current.map(v -> v.onOwn() ? "yes" : "no").orElse("");
        String helper = current.filter(v -> !v.onOwn() && v.helperId() == null).map(MyVoice::helperName).orElse("");
        return startPage(ctx, onOwn, helper, new FormErrors(), model);
    }

    @PostMapping("/cases/{caseId}/my-voice")
    String submitStart(
            @PathVariable UUID caseId, @RequestParam(defaultValue = "") String onOwn, @RequestParam(defaultValue = "") String helperName,
            @AuthenticationPrincipal SignedInPerson who, Model model) {
        CaseContext ctx = open(who, caseId);
        FormErrors errors = new FormErrors();
        if (ChildVoice.isTheChild(ctx)) {
            if (!onOwn.equals("yes") && !onOwn.equals("no")) {
                errors.add("onOwn", "myVoice.error.onOwn");
            } else if (onOwn.equals("no") && helperName.isBlank()) {
                errors.add("helperName", "myVoice.error.helperName");
            } else if (helperName.length() > MAX_NAME) {
                errors.add("helperName", "text.tooLong", MAX_NAME);
            }
        }
        if (errors.any()) {
            return startPage(ctx, onOwn, helperName, errors, model);
        }
        voice.start(ctx, onOwn.equals("yes"), helperName);
        return "redirect:/cases/" + caseId + "/my-voice/1";
    }

    @GetMapping("/cases/{caseId}/my-voice/{number:\\d+}")
    String showQuestion(
            @PathVariable UUID caseId, @PathVariable int number, @AuthenticationPrincipal SignedInPerson who, Model model) {
        CaseContext ctx = open(who, caseId);
        MyVoiceQuestion q = question(number);
        Optional<MyVoice> current = voice.open(ctx);
        if (current.isEmpty()) {
            return "redirect:/cases/" + caseId + "/my-voice";
        }
        MyVoice.Answer a = current.get().answer(q);
        return questionPage(ctx, current.get(), q, a == null ? List.of() : a.choices(), a == null ? "" : a.words(),
                a == null || a.feeling() == null ? "" : String.valueOf(a.feeling()), a == null ? 0 : a.version(), new FormErrors(),
                false, model);
    }

    @PostMapping("/cases/{caseId}/my-voice/{number:\\d+}")
    String submitQuestion(
            @PathVariable UUID caseId, @PathVariable int number, @RequestParam(required = false) List<String> choices,
            @RequestParam(defaultValue = "") String words, @RequestParam(defaultValue = "") String feeling,
            @RequestParam(defaultValue = "0") int basedOn, @RequestParam(defaultValue = "next") String go,
            @AuthenticationPrincipal SignedInPerson who, Model model) {
        CaseContext ctx = open(who, caseId);
        MyVoiceQuestion q = question(number);
        Optional<MyVoice> current = voice.open(ctx);
        if (current.isEmpty()) {
            return "redirect:/cases/" + caseId + "/my-voice";
        }
        List<String> picked = choices == null ? List.of() : choices.stream().filter(q::offers).distinct().toList();
        FormErrors errors = new FormErrors();
        if (words.length() > MAX_WORDS) {
            errors.add("words", "myVoice.error.tooLong", MAX_WORDS);
        }
        Integer face = null;
        if (!feeling.isBlank()) {
            if (q.kind() != MyVoiceQuestion.Kind.FACES || !MyVoiceQuestion.FACES.stream().anyMatch(f -> f.code().equals(feeling))) {
                errors.add("feeling", "myVoice.error.feeling");
            } else {
                face = Integer.valueOf(feeling);
            }
        }
        if (errors.any()) {
            return questionPage(ctx, current.get(), q, picked, words, feeling, basedOn, errors, false, model);
        }
        ChildVoice.Saved saved = voice.save(ctx, q, picked, words, face, basedOn);
        if (saved == ChildVoice.Saved.CHANGED_ELSEWHERE) {
            MyVoice now = voice.open(ctx).orElseThrow();
            MyVoice.Answer a = now.answer(q);
            return questionPage(ctx, now, q, picked, words, feeling, a == null ? 0 : a.version(), errors, true, model);
        }
        return "redirect:" + after(caseId, q, go);
    }

    @GetMapping("/cases/{caseId}/my-voice/check")
    String showCheck(@PathVariable UUID caseId, @AuthenticationPrincipal SignedInPerson who, Model model) {
        CaseContext ctx = open(who, caseId);
        Optional<MyVoice> current = voice.open(ctx);
        if (current.isEmpty()) {
            return "redirect:/cases/" + caseId + "/my-voice";
        }
        return checkPage(ctx, current.get(), new FormErrors(), model);
    }

    @PostMapping("/cases/{caseId}/my-voice/send")
    String submitSend(
            @PathVariable UUID caseId, @AuthenticationPrincipal SignedInPerson who, Model model, RedirectAttributes redirect) {
        CaseContext ctx = open(who, caseId);
        Optional<MyVoice> current = voice.open(ctx);
        if (current.isEmpty()) {
            return "redirect:/cases/" + caseId + "/my-voice";
        }
        if (!voice.send(ctx)) {
            return checkPage(ctx, current.get(), new FormErrors().add("answers", "myVoice.error.nothing"), model);
        }
        redirect.addFlashAttribute("done", "myVoice.sent");
        return "redirect:/cases/" + caseId;
    }

    private String after(UUID caseId, MyVoiceQuestion q, String go) {
        String base = "/cases/" + caseId + "/my-voice";
        if (go.equals("back")) {
            return q.number() == 1 ? base : base + "/" + (q.number() - 1);
        }
        return q.number() == MyVoiceQuestion.values().length ? base + "/check" : base + "/" + (q.number() + 1);
    }

    private String startPage(CaseContext ctx, String onOwn, String helperName, FormErrors errors, Model model) {
        model.addAttribute("ctx", ctx);
        model.addAttribute("c", ctx.child());
        model.addAttribute("isChild", ChildVoice.isTheChild(ctx));
        model.addAttribute("onOwn", onOwn);
        model.addAttribute("helperName", helperName);
        model.addAttribute("count", MyVoiceQuestion.values().length);
        model.addAttribute("errors", errors);
        access.recordView(ctx, "My views: start");
        return "cases/my-voice-start";
    }

    private String questionPage(
            CaseContext ctx, MyVoice v, MyVoiceQuestion q, List<String> picked, String words, String feeling, int basedOn,
            FormErrors errors, boolean changedElsewhere, Model model) {
        model.addAttribute("ctx", ctx);
        model.addAttribute("c", ctx.child());
        model.addAttribute("v", v);
        model.addAttribute("q", q);
        model.addAttribute("count", MyVoiceQuestion.values().length);
        model.addAttribute("picked", picked);
        model.addAttribute("words", words);
        model.addAttribute("feeling", feeling);
        model.addAttribute("basedOn", basedOn);
        model.addAttribute("errors", errors);
        model.addAttribute("changedElsewhere", changedElsewhere);
        model.addAttribute("next", q.number() == MyVoiceQuestion.values().length ? "check" : String.valueOf(q.number() + 1));
        model.addAttribute("back", q.number() == 1 ? "" : "/" + (q.number() - 1));
        access.recordView(ctx, "My views: question " + q.number());
        return "cases/my-voice-question";
    }

    private String checkPage(CaseContext ctx, MyVoice v, FormErrors errors, Model model) {
        model.addAttribute("ctx", ctx);
        model.addAttribute("c", ctx.child());
        model.addAttribute("v", v);
        model.addAttribute("questions", MyVoiceQuestion.values());
        model.addAttribute("errors", errors);
        access.recordView(ctx, "My views: check answers");
        return "cases/my-voice-check";
    }

    private CaseContext open(SignedInPerson who, UUID caseId) {
        return access.open(who.id(), new CaseId(caseId), CaseAction.ADD_TO_RECORD);
    }

    private static MyVoiceQuestion question(int number) {
        MyVoiceQuestion q = MyVoiceQuestion.numbered(number);
        if (q == null) {
            throw new NotFound();
        }
        return q;
    }
}
