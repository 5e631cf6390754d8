package org.coplan.provision.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coplan.cases.CaseAccess;
import org.coplan.cases.CaseContext;
import org.coplan.cases.CaseId;
import org.coplan.cases.domain.CaseAction;
import org.coplan.people.PersonId;
import org.coplan.provision.domain.ProvisionItem;
import org.coplan.provision.domain.RecordingRules;
import org.coplan.provision.domain.RecordingRules.Checked;
import org.coplan.provision.domain.RecordingRules.Problem;
import org.coplan.provision.domain.Session;
import org.coplan.provision.domain.SessionStatus;
import org.coplan.shared.web.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording the sessions of one provision item, and correcting them. Everyone who may see the
 * case reads an item's sessions; its provider records them (the named person, or a team member in
 * the provider role), and so may the case's leads, for the provider. Nothing recorded is changed:
 * a correction is a new session and the old one is marked replaced.
 */
@Service
@Transactional(readOnly = true)
public class RecordingSessions {

    /** An item as one person opened it, and whether they may record its sessions. */
    public record ItemOnCase(CaseContext ctx, ProvisionItem item, boolean mayRecord, boolean provider) {

        public UUID caseId() {
            return ctx.caseId().value();
        }

        /** A lead recording for an item they do not provide themselves records on the provider's behalf. */
        public boolean onBehalf() {
            return !provider;
        }
    }

    /** What a save came to: the stored session's id, or the problems (nothing stored). */
    public record Saved(UUID sessionId, List<Problem> problems, UUID clash) {
        public boolean ok() {
            return sessionId != null;
        }
    }

    private final CaseAccess cases;
    private final ProvisionItems items;
    private final SessionRecords records;
    private final Clock clock;

    RecordingSessions(CaseAccess cases, ProvisionItems items, SessionRecords records, Clock clock) {
        this.cases = cases;
        this.items = items;
        this.records = records;
        this.clock = clock;
    }

    /** The item on the case if the person may see the case; "not found" otherwise, or when the case has no such item. */
    public ItemOnCase open(PersonId who, UUID caseId, UUID lineage) {
        CaseContext ctx = cases.open(who, new CaseId(caseId), CaseAction.VIEW_CASE);
        ProvisionItem item = items.find(caseId, lineage).orElseThrow(NotFound::new);
        return on(ctx, item);
    }

    /** The session on the case if the person may see the case, with its item. */
    public Optional<Session> session(ItemOnCase on, UUID sessionId) {
        return records.find(on.caseId(), sessionId).filter(s -> s.itemLineage().equals(on.item().lineage()));
    }

    /** Opens the item a session belongs to. */
    public ItemOnCase openForSession(PersonId who, UUID caseId, UUID sessionId) {
        CaseContext ctx = cases.open(who, new CaseId(caseId), CaseAction.VIEW_CASE);
        Session s = records.find(caseId, sessionId).orElseThrow(NotFound::new);
        ProvisionItem item = items.find(caseId, s.itemLineage()).orElseThrow(NotFound::new);
        return on(ctx, item);
    }

    static ItemOnCase on(CaseContext ctx, ProvisionItem item) {
        boolean staff = ctx.role() != null && !ctx.role().isFamily() && ctx.mayAct();
        boolean provider = staff && RecordingRules.provides(item, ctx.viewerId().value(), ctx.role().name());
        boolean lead = staff && ctx.can(CaseAction.MANAGE_TEAM);
        return new ItemOnCase(ctx, item, provider || lead, provider);
    }

    /** Whether the person is family (or may only view): they read sessions and never record them. */
    public boolean readerOnly(ItemOnCase on) {
        return on.ctx().role() == null || on.ctx().role().isFamily() || !on.ctx().mayAct();
    }

    /** The item's current sessions. */
    public List<Session> current(ItemOnCase on) {
        return records.forItem(on.caseId(), on.item().lineage());
    }

    /** Every session of the item, corrected ones too, newest first. */
    public List<SessionRecords.Recorded> history(ItemOnCase on) {
        return records.history(on.caseId(), on.item().lineage());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Records a session, or a correction of {@code replacing} (null for a new one). */
    @Transactional
    public Saved record(ItemOnCase on, RecordingRules.Typed typed, Session replacing) {
        List<Session> current = records.forItem(on.caseId(), on.item().lineage());
        UUID replaced = replacing == null ? null : replacing.id();
        Checked checked = RecordingRules.check(typed, on.item(), today(), current, replaced);
        if (!on.mayRecord()) {
            return new Saved(null, List.of(new Problem("provider", "delivery.error.notProvider")), null);
        }
        if (replacing != null && !replacing.current()) {
            return new Saved(null, List.of(new Problem("status", "delivery.error.correctedElsewhere")), replacing.replacedBy());
        }
        if (!checked.ok()) {
            return new Saved(null, checked.problems(), checked.clash());
        }
        var e = checked.entry();
        if (replacing != null && !replacing.delivered() && e.status() == SessionStatus.DELIVERED
                && current.stream().anyMatch(s -> replaced.equals(s.makesUp()))) {
            return new Saved(null, List.of(new Problem("status", "delivery.error.hasMakeUp")), null);
        }
        UUID id = UUID.randomUUID();
        if (replacing != null && !records.replace(on.caseId(), replaced, id)) {
            return new Saved(null, List.of(new Problem("status", "delivery.error.correctedElsewhere")), null);
        }
        Session s = new Session(id, on.caseId(), on.item().lineage(), e.date(), e.status(), e.minutes(), e.deliveredBy(), e.note(),
                e.reason(), e.reasonWords(), e.makesUp(), null, on.ctx().viewerId().value(), on.ctx().viewerName(), clock.instant(),
                null);
        if (!records.insertAs(s, on.ctx().recordedRole(), on.onBehalf())) {
            return new Saved(null, List.of(new Problem("date", "delivery.error.twice", e.date())), null);
        }
        if (replacing != null) {
            records.moveMakeUps(on.caseId(), replaced, id);
        }
        cases.recordChange(on.ctx(), replacing == null ? "Recorded a session of provision" : "Corrected a session of provision",
                on.item().description() + ", " + e.date());
        return new Saved(id, List.of(), null);
    }

    /** Records that the person saw the item's sessions or a form about them. */
    public void viewed(ItemOnCase on, String what) {
        cases.recordView(on.ctx(), what);
    }
}
