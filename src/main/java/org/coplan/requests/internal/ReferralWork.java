package org.coplan.requests.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coplan.audit.AuditAction;
import org.coplan.audit.AuditEntry;
import org.coplan.audit.AuditLog;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.CaseContext;
import org.coplan.cases.CaseId;
import org.coplan.cases.CaseNotices;
import org.coplan.cases.CaseRole;
import org.coplan.cases.FamilyCases;
import org.coplan.cases.SupportChoice;
import org.coplan.people.People;
import org.coplan.people.PersonId;
import org.coplan.requests.domain.Problem;
import org.coplan.requests.domain.ReferralAnswers;
import org.coplan.requests.internal.Referrals.Referral;
import org.coplan.requests.internal.Referrals.Status;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referrals to independent support. The family asks, with consent to share their contact details
 * and a short summary of the case; the service's advisers see the referral in their inbox, with no
 * access to the case; an adviser accepts it; the family is asked whether the adviser may join the
 * team, and only on their "yes" is the adviser added. Every step is audited on the case.
 */
@Service
@Transactional(readOnly = true)
public class ReferralWork {

    /** The outcome of a step that someone else may have taken first. */
    public enum Outcome {
        DONE,
        ALREADY_ANSWERED
    }

    private final Referrals referrals;
    private final CaseAccess access;
    private final FamilyCases familyCases;
    private final CaseNotices notices;
    private final People people;
    private final AuditLog audit;
    private final Clock clock;

    ReferralWork(Referrals referrals, CaseAccess access, FamilyCases familyCases, CaseNotices notices, People people, AuditLog audit,
            Clock clock) {
        this.referrals = referrals;
        this.access = access;
        this.familyCases = familyCases;
        this.notices = notices;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the person may ask for support on the case and answer an adviser: its family, who may act on it. */
    public static boolean mayAsk(CaseContext ctx) {
        return ctx.role().isFamily() && ctx.mayAct();
    }

    /** Refers the family to their authority's service of the kind they chose; a problem if the authority has none on Coplan. */
    @Transactional
    public Optional<Problem> ask(CaseContext ctx, ReferralAnswers answers) {
        if (!mayAsk(ctx)) {
            throw new IllegalStateException("Only the family asks for independent support");
        }
        Optional<UUID> service = referrals.service(ctx.child().localAuthority().value(), answers.support());
        if (service.isEmpty()) {
            return Optional.of(Problem.of("support", "referral.error.noService." + answers.support().name()));
        }
        String setting = ctx.child().school() == null ? null
                : people.organisation(ctx.child().school()).map(o -> o.name()).orElse(null);
        referrals.insert(new Referral(UUID.randomUUID(), ctx.caseId().value(), service.get(), answers.support(), ctx.viewerId().value(),
                ctx.viewerName(), clock.instant(), answers.contact(), answers.help(), ctx.child().knownAs(), ctx.child().stage().name(),
                setting, Status.WAITING, null, null));
        access.recordChange(ctx, "Asked for independent support, consenting to share contact details and a case summary",
                answers.support().name());
        return Optional.empty();
    }

    public java.time.ZoneId zone() {
        return clock.getZone();
    }

    public List<Referral> onCase(CaseContext ctx) {
        return ctx.role().isFamily() ? referrals.onCase(ctx.caseId().value()) : List.of();
    }

    /**
     * The support services the person works for as a professional: the ones whose referrals they
     * see. Only a professional's organisations are looked up, so for anyone else this costs no statement.
     */
    public List<UUID> servicesOf(PersonId person) {
        List<UUID> theirs = people.staffMemberships(person).stream()
                .filter(m -> m.role() == org.coplan.people.StaffRole.PROFESSIONAL)
                .map(m -> m.organisationId().value()).toList();
        return referrals.servicesAmong(theirs);
    }

    /** Whether the person works for a support service (for the menu). */
    public boolean worksForAService(PersonId person) {
        return !servicesOf(person).isEmpty();
    }

    /** The referrals to the person's services, newest first. */
    public List<Referral> inbox(PersonId person) {
        List<Referral> found = referrals.forServices(servicesOf(person));
        String name = people.find(person).map(p -> p.displayName()).orElse("");
        for (Referral r : found) {
            audit.recordView(new AuditEntry(person.value(), name, "SUPPORT_SERVICE", r.caseId(), AuditAction.VIEWED,
                    "Independent support referral", null));
        }
        return found;
    }

    /** A referral to one of the person's services. */
    public Optional<Referral> forAdviser(PersonId person, UUID referralId) {
        List<UUID> services = servicesOf(person);
        return referrals.find(referralId).filter(r -> services.contains(r.serviceId()));
    }

    /** The adviser takes the referral on; the family is told and asked whether the adviser may join their team. */
    @Transactional
    public Outcome accept(PersonId adviser, Referral r) {
        String name = people.find(adviser).map(p -> p.displayName()).orElse("");
        if (!referrals.accept(r.id(), adviser.value(), name, clock.instant())) {
            return Outcome.ALREADY_ANSWERED;
        }
        audit.record(new AuditEntry(adviser.value(), name, "SUPPORT_SERVICE", r.caseId(), AuditAction.CHANGED,
                "Independent support referral accepted", r.support().name()));
        notices.tell(new CaseId(r.caseId()), new PersonId(r.askedBy()), "referral.notice.subject", "referral.notice.accepted",
                List.of(name), "/cases/" + r.caseId() + "/independent-support");
        return Outcome.DONE;
    }

    /** The family's answer: on yes the adviser joins the team, on no they do not; either way the answer is kept. */
    @Transactional
    public Outcome answer(CaseContext ctx, UUID referralId, boolean yes) {
        if (!mayAsk(ctx)) {
            throw new IllegalStateException("Only the family answers");
        }
        Referral r = referrals.find(referralId).filter(x -> x.caseId().equals(ctx.caseId().value())).orElse(null);
        if (r == null || !referrals.answer(r.id(), yes ? Status.JOINED : Status.DECLINED, clock.instant())) {
            return Outcome.ALREADY_ANSWERED;
        }
        boolean onTeam = access.activeMembers(ctx.caseId()).stream().anyMatch(m -> m.personId().value().equals(r.adviserId()));
        if (yes && !onTeam) {
            familyCases.letJoin(ctx, new PersonId(r.adviserId()),
                    r.support() == SupportChoice.SENDIASS ? CaseRole.SENDIASS_ADVISER : CaseRole.OTHER_PROFESSIONAL);
        } else if (!yes) {
            access.recordChange(ctx, "Said no to an independent adviser joining the team", r.adviserName());
        }
        return Outcome.DONE;
    }
}
