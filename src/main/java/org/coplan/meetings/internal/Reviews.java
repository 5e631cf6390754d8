package org.coplan.meetings.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coplan.meetings.domain.ReviewEvidence;
import org.coplan.meetings.domain.ReviewEvidence.ItemLine;
import org.coplan.meetings.domain.ReviewEvidence.OutcomeLine;
import org.coplan.meetings.domain.ReviewPeriod;
import org.coplan.plans.domain.AmendmentProposal.Change;
import org.coplan.plans.domain.AmendmentProposal.ItemKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The evidence an annual review saw, kept when it was held, and the proposals it made to change the plan. */
@Repository
public class Reviews {

    /** A review's proposals: changed only by someone who saw {@code version}; {@code draftVersion} set once they became a draft. */
    public record ProposalSet(
            UUID meetingId, int version, Instant changedAt, String changedByName, UUID draftPlanId, Integer draftVersion,
            Instant draftStartedAt, String draftStartedByName, List<Proposal> proposals) {

        public boolean drafted() {
            return draftVersion != null;
        }

        public Optional<Proposal> about(UUID lineage) {
            return proposals.stream().filter(p -> lineage.equals(p.lineage())).findFirst();
        }

        public List<Proposal> added() {
            return proposals.stream().filter(p -> p.change() == Change.ADD).toList();
        }
    }

    /** One proposal; {@code was} is the item's words when it was made. */
    public record Proposal(
            UUID id, int position, Change change, ItemKind kind, UUID lineage, String section, String was, String words, String byWhen,
            Integer sessions, String per, Integer minutes, Integer groupSize, List<UUID> outcomes) {}

    private final JdbcClient jdbc;

    Reviews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The days of the case's other annual review meetings that were held: not cancelled, their record complete. */
    public List<LocalDate> reviewsHeld(UUID caseId, UUID exceptMeeting) {
        return jdbc.sql("""
                select (select min(t.starts_at) from meeting_time t where t.meeting_id = m.id)::date
                from meeting m
                where m.case_id = ? and m.id <> ? and m.kind = 'ANNUAL_REVIEW' and m.completed_at is not null and m.cancelled_at is null""")
                .params(caseId, exceptMeeting)
                .query(LocalDate.class)
                .list()
                .stream().filter(java.util.Objects::nonNull).toList();
    }

    public Optional<ReviewEvidence> kept(UUID meetingId) {
        return jdbc.sql("select * from review_evidence where meeting_id = ?").param(meetingId).query((rs, n) -> {
            ReviewPeriod period = new ReviewPeriod(rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
                    rs.getBoolean("since_last_review"));
            return new ReviewEvidence(period, rs.getBoolean("progress_recorded"), rs.getBoolean("fidelity_recorded"), List.of(), List.of(),
                    rs.getTimestamp("kept_at").toInstant());
        }).optional().map(e -> new ReviewEvidence(e.period(), e.progressRecorded(), e.fidelityRecorded(), keptOutcomes(meetingId),
                keptItems(meetingId), e.keptAt()));
    }

    private List<OutcomeLine> keptOutcomes(UUID meetingId) {
        return jdbc.sql("select * from review_evidence_outcome where meeting_id = ? order by position").param(meetingId)
                .query((rs, n) -> new OutcomeLine(rs.getObject("lineage", UUID.class), rs.getString("outcome"), rs.getString("by_when"),
                        rs.getBoolean("recorded"), rs.getString("step_at_start"), rs.getString("step_now"), rs.getInt("records"),
                        rs.getString("latest_evidence"), rs.getString("family_view"), rs.getString("link")))
                .list();
    }

    private List<ItemLine> keptItems(UUID meetingId) {
        return jdbc.sql("select * from review_evidence_item where meeting_id = ? order by position").param(meetingId)
                .query((rs, n) -> new ItemLine(rs.getObject("lineage", UUID.class), rs.getString("section"), rs.getString("description"),
                        rs.getBoolean("recorded"), (Integer) rs.getObject("expected"), rs.getInt("delivered"), rs.getInt("not_delivered"),
                        rs.getInt("not_accounted"), rs.getInt("made_up"), rs.getString("plain_words"), rs.getBoolean("shortfall"),
                        rs.getString("link")))
                .list();
    }

    /** Keeps the evidence as the review saw it; false if it was kept already (it never changes after). */
    public boolean keep(UUID meetingId, UUID caseId, ReviewEvidence e, Instant at) {
        int inserted = jdbc.sql("""
                insert into review_evidence (meeting_id, case_id, period_from, period_to, since_last_review, progress_recorded,
                    fidelity_recorded, kept_at) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(meetingId, caseId, e.period().from(), e.period().to(), e.period().sinceLastReview(), e.progressRecorded(),
                        e.fidelityRecorded(), Timestamp.from(at))
                .update();
        if (inserted == 0) {
            return false;
        }
        int i = 0;
        for (OutcomeLine l : e.outcomes()) {
            jdbc.sql("""
                    insert into review_evidence_outcome (meeting_id, position, lineage, outcome, by_when, recorded, step_at_start, step_now,
                        records, latest_evidence, family_view, link) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(meetingId, i++, l.lineage(), l.outcome(), l.byWhen(), l.recorded(), l.stepAtStart(), l.stepNow(), l.records(),
                            l.latestEvidence(), l.familyView(), l.link())
                    .update();
        }
        i = 0;
        for (ItemLine l : e.provision()) {
            jdbc.sql("""
                    insert into review_evidence_item (meeting_id, position, lineage, section, description, recorded, expected, delivered,
                        not_delivered, not_accounted, made_up, plain_words, shortfall, link) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(meetingId, i++, l.lineage(), l.section(), l.description(), l.recorded(), l.expected(), l.delivered(),
                            l.notDelivered(), l.notAccounted(), l.madeUp(), l.plainWords(), l.shortfall(), l.link())
                    .update();
        }
        return true;
    }

    public ProposalSet proposals(UUID meetingId) {
        List<Proposal> proposals = jdbc.sql("select * from review_proposal where meeting_id = ? order by position").param(meetingId)
                .query(Reviews::proposal).list();
        return jdbc.sql("select * from review_proposals where meeting_id = ?").param(meetingId)
                .query((rs, n) -> new ProposalSet(meetingId, rs.getInt("version"), instant(rs, "changed_at"), rs.getString("changed_by_name"),
                        rs.getObject("draft_plan_id", UUID.class), (Integer) rs.getObject("draft_version"), instant(rs, "draft_started_at"),
                        rs.getString("draft_started_by_name"), proposals))
                .optional()
                .orElse(new ProposalSet(meetingId, 0, null, null, null, null, null, null, List.of()));
    }

    /**
     * Moves the set on from {@code basedOn}, if nobody changed it since and it has not become a
     * draft; the caller then writes its rows in the same transaction.
     */
    private boolean moveOn(UUID meetingId, UUID caseId, int basedOn, String byName, Instant at) {
        jdbc.sql("insert into review_proposals (meeting_id, case_id) values (?, ?) on conflict do nothing").params(meetingId, caseId).update();
        return jdbc.sql("""
                update review_proposals set version = version + 1, changed_at = ?, changed_by_name = ?
                where meeting_id = ? and version = ? and draft_version is null""")
                .params(Timestamp.from(at), byName, meetingId, basedOn)
                .update() == 1;
    }

    /** Replaces the keep, change and stop proposals; false if someone changed the set since {@code basedOn}. */
    public boolean replaceItems(UUID meetingId, UUID caseId, int basedOn, List<Proposal> rows, String byName, Instant at) {
        if (!moveOn(meetingId, caseId, basedOn, byName, at)) {
            return false;
        }
        jdbc.sql("delete from review_proposal where meeting_id = ? and change <> 'ADD'").param(meetingId).update();
        rows.forEach(p -> insert(meetingId, p));
        return true;
    }

    /** Adds a new outcome or provision item to the set; false if someone changed it since {@code basedOn}. */
    public boolean add(UUID meetingId, UUID caseId, int basedOn, Proposal p, String byName, Instant at) {
        if (!moveOn(meetingId, caseId, basedOn, byName, at)) {
            return false;
        }
        int position = jdbc.sql("select coalesce(max(position), 999) + 1 from review_proposal where meeting_id = ? and change = 'ADD'")
                .param(meetingId).query(Integer.class).single();
        insert(meetingId, new Proposal(p.id(), position, p.change(), p.kind(), p.lineage(), p.section(), p.was(), p.words(), p.byWhen(),
                p.sessions(), p.per(), p.minutes(), p.groupSize(), p.outcomes()));
        return true;
    }

    /** Takes a new item out of the set; false if someone changed it since {@code basedOn}. */
    public boolean removeAdded(UUID meetingId, UUID caseId, int basedOn, UUID proposalId, String byName, Instant at) {
        if (!moveOn(meetingId, caseId, basedOn, byName, at)) {
            return false;
        }
        jdbc.sql("delete from review_proposal where meeting_id = ? and id = ? and change = 'ADD'").params(meetingId, proposalId).update();
        return true;
    }

    /** Records the draft the set became; false if someone changed the set since {@code basedOn} or it is a draft already. */
    public boolean drafted(UUID meetingId, int basedOn, UUID planId, int number, String byName, Instant at) {
        return jdbc.sql("""
                update review_proposals set version = version + 1, draft_plan_id = ?, draft_version = ?, draft_started_at = ?,
                    draft_started_by_name = ?
                where meeting_id = ? and version = ? and draft_version is null""")
                .params(planId, number, Timestamp.from(at), byName, meetingId, basedOn)
                .update() == 1;
    }

    private void insert(UUID meetingId, Proposal p) {
        jdbc.sql("""
                insert into review_proposal (id, meeting_id, position, change, item_kind, lineage, section, was, words, by_when, sessions,
                    per, minutes, group_size, outcomes) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(p.id(), meetingId, p.position(), p.change().name(), p.kind().name(), p.lineage(), p.section(), p.was(), p.words(),
                        p.byWhen(), p.sessions(), p.per(), p.minutes(), p.groupSize(), p.outcomes().toArray(UUID[]::new))
                .update();
    }

    private static Proposal proposal(ResultSet rs, int n) throws SQLException {
        Array outcomes = rs.getArray("outcomes");
        return new Proposal(rs.getObject("id", UUID.class), rs.getInt("position"), Change.valueOf(rs.getString("change")),
                ItemKind.valueOf(rs.getString("item_kind")), rs.getObject("lineage", UUID.class), rs.getString("section"), rs.getString("was"),
                rs.getString("words"), rs.getString("by_when"), (Integer) rs.getObject("sessions"), rs.getString("per"),
                (Integer) rs.getObject("minutes"), (Integer) rs.getObject("group_size"),
                outcomes == null ? List.of() : Arrays.asList((UUID[]) outcomes.getArray()));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
