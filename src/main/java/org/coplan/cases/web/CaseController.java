package org.coplan.cases.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.coplan.cases.AboutMePart;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.CaseContext;
import org.coplan.cases.CaseId;
import org.coplan.cases.CaseMember;
import org.coplan.cases.CaseNextStep;
import org.coplan.cases.CaseWarning;
import org.coplan.cases.InvolvementReached;
import org.coplan.cases.ParentAccessChoice;
import org.coplan.cases.ParticipationChoices;
import org.coplan.cases.domain.CaseAction;
import org.coplan.cases.internal.CaseReading;
import org.coplan.cases.internal.CaseWork;
import org.coplan.people.People;
import org.coplan.people.Person;
import org.coplan.people.PersonId;
import org.coplan.people.SignedInPerson;
import org.coplan.shared.web.FormErrors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class CaseController {

    record TeamRow(CaseMember member, String name, String email, boolean namedContact, ParticipationChoices choices,
            List<InvolvementReached.Reached> reached) {

        /** Whether any record fell short of the level this person chose. */
        public boolean gap() {
            return choices != null && reached.stream().anyMatch(r -> r.gap(choices.involvement()));
        }
    }

    /**
     * "What happens next": the soonest step any module offers; {@code responsible}, the team member
     * responsible for it if one person is; {@code contact}, who to contact about it (that person, or
     * else the family's named contact; null if neither).
     */
    record NextStepRow(CaseNextStep.Step step, TeamRow responsible, TeamRow contact) {}

    private final CaseAccess access;
    private final CaseWork work;
    private final CaseReading reading;
    private final People people;
    private final MessageSource messages;
    private final ObjectProvider<CaseWarning> warnings;
    private final ObjectProvider<CaseNextStep> nextSteps;
    private final ObjectProvider<InvolvementReached> involvement;

    CaseController(
            CaseAccess access, CaseWork work, CaseReading reading, People people, MessageSource messages,
            ObjectProvider<CaseWarning> warnings, ObjectProvider<CaseNextStep> nextSteps,
            ObjectProvider<InvolvementReached> involvement) {
        this.access = access;
        this.work = work;
        this.reading = reading;
        this.people = people;
        this.messages = messages;
        this.warnings = warnings;
        this.nextSteps = nextSteps;
        this.involvement = involvement;
    }

    @GetMapping("/cases/{caseId}")
    String showCase(@PathVariable UUID caseId, @AuthenticationPrincipal SignedInPerson who, Model model) {
        CaseContext ctx = access.open(who.id(), new CaseId(caseId), CaseAction.VIEW_CASE);
        List<CaseMember> team = access.activeMembers(ctx.caseId());
        Map<PersonId, Person> persons = people.findAll(team.stream().map(CaseMember::personId).toList());
        Set<UUID> familyIds = team.stream().filter(m -> m.role().isFamily()).map(CaseMember::id).collect(Collectors.toSet());
        Map<UUID, ParticipationChoices> choices = reading.choicesOf(familyIds);
        boolean seeChoices = ctx.can(CaseAction.VIEW_TEAM_PARTICIPATION);
        Map<UUID, List<InvolvementReached.Reached>> reached = involvement.orderedStream()
                .flatMap(r -> r.reachedOn(ctx.caseId(), familyIds).stream())
                .collect(Collectors.groupingBy(InvolvementReached.Reached::memberId));
        List<TeamRow> rows = team.stream()
                .map(m -> {
                    boolean mayKnow = seeChoices || m.personId().equals(who.id());
                    return new TeamRow(m,
                            Optional.ofNullable(persons.get(m.personId())).map(Person::displayName).orElse(""),
                            Optional.ofNullable(persons.get(m.personId())).map(Person::email).orElse(""),
                            m.id().equals(ctx.child().namedContactId()),
                            mayKnow ? choices.get(m.id()) : null,
                            mayKnow ? reached.getOrDefault(m.id(), List.of()) : List.of());
                })
                .toList();
        model.addAttribute("ctx", ctx);
        model.addAttribute("c", ctx.child());
        model.addAttribute("today", access.today());
        model.addAttribute("primaryNeed", java.util.Optional.ofNullable(ctx.child().primaryNeed()));
        model.addAttribute("youngPerson", ctx.child().isYoungPerson(access.today()));
        model.addAttribute("school", ctx.child().school() == null ? null : people.organisation(ctx.child().school()).orElse(null));
        model.addAttribute("localAuthority", people.organisation(ctx.child().localAuthority()).orElse(null));
        model.addAttribute("warnings", warnings.orderedStream().flatMap(w -> w.warningFor(ctx).stream()).toList());
        model.addAttribute("team", rows);
        model.addAttribute("namedContact", rows.stream().filter(TeamRow::namedContact).findFirst().orElse(null));
        model.addAttribute("next", nextStep(ctx, rows));
        model.addAttribute("me", rows.stream().filter(r -> r.member().personId().equals(who.id())).findFirst().orElse(null));
        model.addAttribute("aboutMe", reading.aboutMe(ctx.caseId()));
        model.addAttribute("parts", AboutMePart.values());
        model.addAttribute("myVoices", reading.myVoices(ctx.caseId()));
        model.addAttribute("myVoiceQuestions", org.coplan.cases.MyVoiceQuestion.values());
        model.addAttribute("canUseMyVoice", ctx.can(CaseAction.ADD_TO_RECORD));
        model.addAttribute("invitations", ctx.can(CaseAction.MANAGE_TEAM) ? work.unansweredInvitations(ctx.caseId()) : List.of());
        model.addAttribute("canManageTeam", ctx.can(CaseAction.MANAGE_TEAM));
        model.addAttribute("canEditAboutMe", ctx.can(CaseAction.EDIT_ABOUT_ME));
        model.addAttribute("canEditParticipation", ctx.can(CaseAction.EDIT_OWN_PARTICIPATION));
        model.addAttribute("canSeeChoices", seeChoices);
        model.addAttribute("canRecordParentAccess", ctx.can(CaseAction.RECORD_PARENT_ACCESS));
        model.addAttribute("canSeeAudit", ctx.can(CaseAction.VIEW_AUDIT));
        model.addAttribute("canEditDetails", ctx.can(CaseAction.EDIT_CASE_DETAILS));
        access.recordView(ctx, "Case page");
        return "cases/case";
    }

    /**
     * The soonest next step, and who to contact about it: the responsible team member, or the
     * family's named contact when the step is not one person's (the family's own window, the
     * council as a body).
     */
    private NextStepRow nextStep(CaseContext ctx, List<TeamRow> rows) {
        Optional<CaseNextStep.Step> soonest = nextSteps.orderedStream()
                .flatMap(n -> n.nextFor(ctx).stream())
                .min(Comparator.comparing(CaseNextStep.Step::on));
        if (soonest.isEmpty()) {
            return null;
        }
        CaseNextStep.Step step = soonest.get();
        TeamRow responsible = step.responsible()
                .flatMap(p -> rows.stream().filter(r -> r.member().personId().equals(p)).findFirst())
                .orElse(null);
        TeamRow contact = responsible != null ? responsible : rows.stream().filter(TeamRow::namedContact).findFirst().orElse(null);
        return new NextStepRow(step, responsible, contact);
    }

    @PostMapping("/cases/{caseId}/named-contact")
    String submitNamedContact(
            @PathVariable UUID caseId,
            @RequestParam(required = false) UUID memberId,
            @AuthenticationPrincipal SignedInPerson who,
            RedirectAttributes redirect) {
        CaseContext ctx = access.open(who.id(), new CaseId(caseId), CaseAction.MANAGE_TEAM);
        if (memberId != null && reading.activeMember(ctx.caseId(), memberId).isPresent()) {
            work.setNamedContact(ctx, memberId);
            redirect.addFlashAttribute("done", "namedContact.changed");
        }
        return "redirect:/cases/" + caseId;
    }

    @GetMapping("/cases/{caseId}/parent-access")
    String showParentAccess(@PathVariable UUID caseId, @AuthenticationPrincipal SignedInPerson who, Model model) {
        CaseContext ctx = access.open(who.id(), new CaseId(caseId), CaseAction.RECORD_PARENT_ACCESS);
        return parentAccessPage(ctx, ctx.child().parentAccess().name(), new FormErrors(), model);
    }

    @PostMapping("/cases/{caseId}/parent-access")
    String submitParentAccess(
            @PathVariable UUID caseId,
            @RequestParam(required = false) String choice,
            @AuthenticationPrincipal SignedInPerson who,
            Model model,
            RedirectAttributes redirect) {
        CaseContext ctx = access.open(who.id(), new CaseId(caseId), CaseAction.RECORD_PARENT_ACCESS);
        ParentAccessChoice parsed = parse(choice);
        if (!ctx.child().isYoungPerson(access.today())) {
            return parentAccessPage(ctx, choice, new FormErrors().add("choice", "parentAccess.notYet"), model);
        }
        if (parsed == null || parsed == ParentAccessChoice.NOT_RECORDED) {
            return parentAccessPage(ctx, choice, new FormErrors().add("choice", "parentAccess.required"), model);
        }
        work.recordParentAccess(ctx, parsed);
        redirect.addFlashAttribute("done", "parentAccess.saved");
        return "redirect:/cases/" + caseId;
    }

    private String parentAccessPage(CaseContext ctx, String selected, FormErrors errors, Model model) {
        model.addAttribute("ctx", ctx);
        model.addAttribute("c", ctx.child());
        model.addAttribute("youngPerson", ctx.child().isYoungPerson(access.today()));
        model.addAttribute("selected", selected);
        model.addAttribute("errors", errors);
        var locale = LocaleContextHolder.getLocale();
        model.addAttribute("options", List.of(ParentAccessChoice.FULL, ParentAccessChoice.VIEW_ONLY, ParentAccessChoice.NONE).stream()
                .map(o -> new String[] {o.name(), messages.getMessage("parentAccess." + o.name(), null, locale)})
                .toList());
        access.recordView(ctx, "Young person's choice about parent access");
        return "cases/parent-access";
    }

    private static ParentAccessChoice parse(String value) {
        try {
            return value == null ? null : ParentAccessChoice.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
