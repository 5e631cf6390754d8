package org.coplan.cases.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.CaseContext;
import org.coplan.cases.CaseId;
import org.coplan.cases.domain.CaseAction;
import org.coplan.notify.MessageOutbox;
import org.coplan.notify.OutboundMessage;
import org.coplan.people.SignedInPerson;
import org.coplan.people.StaffMembership;
import org.coplan.people.StaffRole;
import org.coplan.shared.web.FormErrors;
import org.coplan.shared.web.NotFound;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages for messages that go by the channel a family chose: on a case, the messages that did
 * not reach someone (for its leads); for a local authority's staff, the letters to print and post;
 * for anyone, the phone calls they have been asked to make.
 */
@Controller
class ChannelsController {

    /** The staff roles of a local authority who print and post its letters. */
    private static final Set<StaffRole> AUTHORITY_STAFF = Set.of(StaffRole.EHC_COORDINATOR, StaffRole.SEN_MANAGER, StaffRole.ADMINISTRATOR);

    /** The staff roles of a local authority who decide how its letters are sent. */
    private static final Set<StaffRole> AUTHORITY_MANAGERS = Set.of(StaffRole.SEN_MANAGER, StaffRole.ADMINISTRATOR);

    private static final int MAX_NOTE = 1000;

    private final CaseAccess access;
    private final MessageOutbox outbox;

    ChannelsController(CaseAccess access, MessageOutbox outbox) {
        this.access = access;
        this.outbox = outbox;
    }

    @GetMapping("/cases/{caseId}/messages")
    String showNotReached(@PathVariable UUID caseId, @AuthenticationPrincipal SignedInPerson who, Model model) {
        CaseContext ctx = access.open(who.id(), new CaseId(caseId), CaseAction.MANAGE_TEAM);
        model.addAttribute("ctx", ctx);
        model.addAttribute("c", ctx.child());
        model.addAttribute("messages", outbox.notReached(caseId));
        access.recordView(ctx, "Messages that did not reach someone");
        return "cases/messages-not-reached";
    }

    @PostMapping("/cases/{caseId}/messages/{messageId}/dealt-with")
    String submitDealtWith(@PathVariable UUID caseId, @PathVariable UUID messageId, @AuthenticationPrincipal SignedInPerson who,
            RedirectAttributes redirect) {
        CaseContext ctx = access.open(who.id(), new CaseId(caseId), CaseAction.MANAGE_TEAM);
        if (outbox.dealtWith(caseId, messageId, new MessageOutbox.Actor(who.id().value(), ctx.viewerName(), ctx.recordedRole()))) {
            redirect.addFlashAttribute("done", "channels.notReached.dealtWith");
        }
        return "redirect:/cases/" + caseId + "/messages";
    }

    @GetMapping("/letters")
    String showLetters(@AuthenticationPrincipal SignedInPerson who, Model model) {
        Set<UUID> authorities = authorities(who);
        model.addAttribute("letters", outbox.lettersToPost(authorities));
        model.addAttribute("routes", authorities.stream().sorted().map(outbox::letterRoute).toList());
        model.addAttribute("managed", managed(who));
        return "cases/letters";
    }

    @PostMapping("/letters/settings")
    String submitLetterRoute(@RequestParam(required = false) UUID authorityId, @RequestParam(required = false) String throughNotify,
            @AuthenticationPrincipal SignedInPerson who, RedirectAttributes redirect) {
        authorities(who);
        if (authorityId == null || !managed(who).contains(authorityId)) {
            throw new NotFound();
        }
        if ("yes".equals(throughNotify) || "no".equals(throughNotify)) {
            outbox.chooseLetterRoute(authorityId, "yes".equals(throughNotify), actor(who, "LOCAL_AUTHORITY_STAFF"));
            redirect.addFlashAttribute("done", "channels.letters.routeSaved");
        }
        return "redirect:/letters";
    }

    /** The authorities whose way of sending letters this person decides: as their SEN manager or administrator. */
    private static Set<UUID> managed(SignedInPerson who) {
        return who.staffMemberships().stream()
                .filter(m -> AUTHORITY_MANAGERS.contains(m.role()))
                .map(m -> m.organisationId().value())
                .collect(Collectors.toSet());
    }

    @GetMapping("/letters/{letterId}/pdf")
    ResponseEntity<byte[]> downloadLetter(@PathVariable UUID letterId, @AuthenticationPrincipal SignedInPerson who) {
        byte[] pdf = outbox.letterPdf(letterId, authorities(who), actor(who, "LOCAL_AUTHORITY_STAFF")).orElseThrow(NotFound::new);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("letter-" + letterId + ".pdf").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(pdf);
    }

    @PostMapping("/letters/{letterId}/posted")
    String submitPosted(@PathVariable UUID letterId, @AuthenticationPrincipal SignedInPerson who, RedirectAttributes redirect) {
        Set<UUID> authorities = authorities(who);
        outbox.find(letterId).filter(l -> l.channel() == OutboundMessage.Channel.LETTER && authorities.contains(l.localAuthorityId()))
                .orElseThrow(NotFound::new);
        if (outbox.markPosted(letterId, authorities, actor(who, "LOCAL_AUTHORITY_STAFF"))) {
            redirect.addFlashAttribute("done", "channels.letters.posted");
        }
        return "redirect:/letters";
    }

    @GetMapping("/phone-calls")
    String showCalls(@AuthenticationPrincipal SignedInPerson who, Model model) {
        return callsPage(who, null, "", new FormErrors(), model);
    }

    @PostMapping("/phone-calls/{callId}/done")
    String submitCallDone(@PathVariable UUID callId, jakarta.servlet.http.HttpServletRequest request,
            @AuthenticationPrincipal SignedInPerson who, Model model, RedirectAttributes redirect) {
        // each call's note field is named for the call, so the page holds no two fields with one id
        String note = request.getParameter("note-" + callId);
        OutboundMessage call = outbox.callsFor(who.id().value()).stream().filter(m -> m.id().equals(callId)).findFirst()
                .orElseThrow(NotFound::new);
        String typed = note == null ? "" : note;
        if (typed.length() > MAX_NOTE) {
            return callsPage(who, call.id(), typed, new FormErrors().add("note-" + call.id(), "text.tooLong", MAX_NOTE), model);
        }
        if (outbox.markCalled(callId, typed.isBlank() ? null : typed.strip(), actor(who, "NAMED_CONTACT"))) {
            redirect.addFlashAttribute("done", "channels.calls.done");
        }
        return "redirect:/phone-calls";
    }

    private String callsPage(SignedInPerson who, UUID noteFor, String note, FormErrors errors, Model model) {
        model.addAttribute("calls", outbox.callsFor(who.id().value()));
        model.addAttribute("noteFor", noteFor);
        model.addAttribute("note", note);
        model.addAttribute("errors", errors);
        return "cases/phone-calls";
    }

    /** The local authorities whose letters this person prints and posts: none for anyone but their staff. */
    private static Set<UUID> authorities(SignedInPerson who) {
        Set<UUID> ids = who.staffMemberships().stream()
                .filter(m -> AUTHORITY_STAFF.contains(m.role()))
                .map(StaffMembership::organisationId)
                .map(o -> o.value())
                .collect(Collectors.toSet());
        if (ids.isEmpty()) {
            throw new NotFound();
        }
        return ids;
    }

    private static MessageOutbox.Actor actor(SignedInPerson who, String role) {
        return new MessageOutbox.Actor(who.id().value(), who.displayName(), role);
    }

}
