package org.coplan.strategic.internal;

import java.sql.Array;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.coplan.notify.Notice;
import org.coplan.notify.Notices;
import org.coplan.notify.Route;
import org.coplan.people.People;
import org.coplan.people.SignedInPerson;
import org.coplan.people.StaffMember;
import org.coplan.people.StaffRole;
import org.coplan.people.OrganisationId;
import org.coplan.shared.ClockConfiguration;
import org.coplan.shared.web.NotFound;
import org.coplan.strategic.domain.PollRules.PartDraft;
import org.coplan.strategic.domain.PollRules.QuestionDraft;
import org.coplan.strategic.domain.PollState;
import org.coplan.strategic.domain.PollTally;
import org.coplan.strategic.domain.QuestionKind;
import org.coplan.strategic.domain.Rung;
import org.coplan.strategic.domain.Topic;
import org.coplan.strategic.internal.ForumMembers.ForumMember;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A forum's polls and consultations: drafts, opening (telling the audience), answers (one per
 * person, refused after the close), results with small numbers suppressed, reminders to those who
 * have not answered (each at most once), closing early, and the outcome (telling those who took part).
 * Access is decided by the caller with {@link org.coplan.strategic.domain.ForumSeat}; this keeps the record.
 */
@Service
@Transactional
public class Polls {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK);

    public record Question(UUID id, int position, String question, QuestionKind kind, List<String> options, String lowLabel, String highLabel) {
        /** What can be chosen: the options, or 1 to 5 on a scale. */
        public List<String> choiceLabels() {
            if (kind == QuestionKind.SCALE) {
                return List.of("1 (" + lowLabel + ")", "2", "3", "4", "5 (" + highLabel + ")");
            }
            return options;
        }
    }

    public record Part(UUID id, int position, String document, List<Question> questions) {}

    public record Poll(UUID id, UUID forumId, UUID localAuthorityId, boolean consultation, String title, String introduction, Topic topic,
            Instant closesAt, boolean anonymous, boolean resultsHidden, Rung rung, boolean opened, Instant openedAt, Instant closedEarlyAt,
            String createdByName, int version, String decided, String decidedBy, LocalDate reviewOn, Instant outcomeRecordedAt, List<Part> parts) {

        public PollState state(Instant now) {
            return PollState.of(opened, closesAt, closedEarlyAt, now);
        }

        /** When it closed or will close. */
        public Instant closedAt() {
            return closedEarlyAt != null ? closedEarlyAt : closesAt;
        }

        public boolean hasOutcome() {
            return outcomeRecordedAt != null;
        }

        public List<Question> questions() {
            return parts.stream().flatMap(p -> p.questions().stream()).toList();
        }
    }

    /** What a person typed for one question: option numbers (scale: 1-5), or words. */
    public record Answer(Set<Integer> choices, String text) {
        public Answer {
            choices = Set.copyOf(choices);
        }
    }

    public sealed interface Answered {}

    public record Saved() implements Answered {}

    public record AlreadyAnswered() implements Answered {}

    public record ClosedMeanwhile() implements Answered {}

    /** The results of one question. */
    public record QuestionResult(Question question, long answered, List<PollTally.Row> rows, List<String> texts, boolean textsHidden) {}

    private final JdbcClient jdbc;
    private final ForumMembers members;
    private final Notices notices;
    private final People people;
    private final Clock clock;
    private final int smallestShown;

    Polls(JdbcClient jdbc, ForumMembers members, Notices notices, People people, Clock clock,
            @Value("${coplan.measures.smallest-shown:5}") int smallestShown) {
        this.jdbc = jdbc;
        this.members = members;
        this.notices = notices;
        this.people = people;
        this.clock = clock;
        this.smallestShown = smallestShown;
    }

    public int smallestShown() {
        return smallestShown;
    }

    public Instant now() {
        return clock.instant();
    }

    public Clock clock() {
        return clock;
    }

    /** A time as the pages and messages say it: "5 December 2026 at 5:00pm", in UK time. */
    public static String when(Instant at) {
        return WHEN.format(at.atZone(ClockConfiguration.ZONE)).replace("AM", "am").replace("PM", "pm");
    }

    public static String day(LocalDate on) {
        return DAY.format(on);
    }

    // ---- reading

    /** The local authority with this id, or not found. */
    @Transactional(readOnly = true)
    public org.coplan.people.Organisation authority(UUID localAuthorityId) {
        return people.organisation(new OrganisationId(localAuthorityId))
                .filter(o -> o.kind() == org.coplan.people.OrganisationKind.LOCAL_AUTHORITY)
                .orElseThrow(NotFound::new);
    }

    @Transactional(readOnly = true)
    public Poll poll(UUID id) {
        List<Poll> found = jdbc.sql("select p.*, o.local_authority_id from poll p join organisation o on o.id = p.forum_id where p.id = ?")
                .param(id)
                .query((rs, n) -> row(rs))
                .list();
        if (found.isEmpty()) {
            throw new NotFound();
        }
        return withParts(found.getFirst());
    }

    /** Every poll of the forum, newest first, without their questions. */
    @Transactional(readOnly = true)
    public List<Poll> pollsOf(UUID forumId) {
        return jdbc.sql("""
                select p.*, o.local_authority_id from poll p join organisation o on o.id = p.forum_id
                where p.forum_id = ? order by coalesce(p.opened_at, p.created_at) desc, p.id""")
                .param(forumId)
                .query((rs, n) -> row(rs))
                .list();
    }

    /** Closed polls of the area, newest close first, with their questions: for the public page. */
    @Transactional(readOnly = true)
    public List<Poll> closedInArea(UUID localAuthorityId) {
        Instant now = clock.instant();
        return members.forumOf(localAuthorityId).map(f -> pollsOf(f.id().value()).stream()
                        .filter(p -> p.state(now) == PollState.CLOSED)
                        .sorted((a, b) -> b.closedAt().compareTo(a.closedAt()))
                        .toList())
                .orElse(List.of());
    }

    /** Opened polls of the area (for the ladder of participation). */
    @Transactional(readOnly = true)
    public List<Poll> openedInArea(UUID localAuthorityId) {
        return members.forumOf(localAuthorityId)
                .map(f -> pollsOf(f.id().value()).stream().filter(Poll::opened).toList())
                .orElse(List.of());
    }

    private Poll row(java.sql.ResultSet rs) throws java.sql.SQLException {
        String topic = rs.getString("audience_topic");
        java.sql.Date review = rs.getDate("outcome_review_on");
        return new Poll(rs.getObject("id", UUID.class), rs.getObject("forum_id", UUID.class), rs.getObject("local_authority_id", UUID.class),
                rs.getBoolean("consultation"), rs.getString("title"), rs.getString("introduction"), topic == null ? null : Topic.valueOf(topic),
                instant(rs.getTimestamp("closes_at")), rs.getBoolean("anonymous"), rs.getBoolean("results_hidden"), Rung.valueOf(rs.getString("rung")),
                "OPEN".equals(rs.getString("status")), instant(rs.getTimestamp("opened_at")), instant(rs.getTimestamp("closed_early_at")),
                rs.getString("created_by_name"), rs.getInt("version"), rs.getString("outcome_decided"), rs.getString("outcome_decided_by"),
                review == null ? null : review.toLocalDate(), instant(rs.getTimestamp("outcome_recorded_at")), List.of());
    }

    private Poll withParts(Poll p) {
        Map<UUID, List<Question>> questions = new LinkedHashMap<>();
        jdbc.sql("""
                select q.* from poll_question q join poll_part pp on pp.id = q.part_id
                where pp.poll_id = ? order by q.position""")
                .param(p.id())
                .query((rs, n) -> {
                    questions.computeIfAbsent(rs.getObject("part_id", UUID.class), k -> new ArrayList<>()).add(new Question(
                            rs.getObject("id", UUID.class), rs.getInt("position"), rs.getString("question"), QuestionKind.valueOf(rs.getString("kind")),
                            List.of((String[]) rs.getArray("options").getArray()), rs.getString("low_label"), rs.getString("high_label")));
                    return null;
                })
                .list();
        List<Part> parts = jdbc.sql("select id, position, document from poll_part where poll_id = ? order by position")
                .param(p.id())
                .query((rs, n) -> new Part(rs.getObject("id", UUID.class), rs.getInt("position"), rs.getString("document"),
                        questions.getOrDefault(rs.getObject("id", UUID.class), List.of())))
                .list();
        return new Poll(p.id(), p.forumId(), p.localAuthorityId(), p.consultation(), p.title(), p.introduction(), p.topic(), p.closesAt(),
                p.anonymous(), p.resultsHidden(), p.rung(), p.opened(), p.openedAt(), p.closedEarlyAt(), p.createdByName(), p.version(),
                p.decided(), p.decidedBy(), p.reviewOn(), p.outcomeRecordedAt(), parts);
    }

    // ---- audience

    /** The verified members the poll is for: everyone, or those who chose its topic (or no topic). */
    @Transactional(readOnly = true)
    public List<ForumMember> audience(Poll p) {
        return members.members(p.forumId(), Optional.ofNullable(p.topic()));
    }

    /**
     * Whether the poll was sent to this person: read from their one membership row, by the same rule
     * that chose whom to tell ({@link #audience}: everyone, or those who chose its topic or none).
     */
    @Transactional(readOnly = true)
    public boolean inAudience(SignedInPerson who, Poll p) {
        return who != null && inAudience(members.memberOf(who.id(), p.forumId()), p);
    }

    /** The same, for a membership already read (a page listing many polls reads it once). */
    public static boolean inAudience(Optional<ForumMember> member, Poll p) {
        return member.filter(m -> p.topic() == null || m.caresAbout(p.topic())).isPresent();
    }

    /** The polls of the forum this person has answered: one query for a page listing many. */
    @Transactional(readOnly = true)
    public Set<UUID> answeredBy(SignedInPerson who, UUID forumId) {
        return new HashSet<>(jdbc.sql("select r.poll_id from poll_respondent r join poll p on p.id = r.poll_id where p.forum_id = ? and r.person_id = ?")
                .params(forumId, who.id().value())
                .query(UUID.class)
                .list());
    }

    @Transactional(readOnly = true)
    public boolean hasAnswered(SignedInPerson who, Poll p) {
        return who != null && jdbc.sql("select count(*) from poll_respondent where poll_id = ? and person_id = ?")
                .params(p.id(), who.id().value()).query(Long.class).single() > 0;
    }

    /**
     * What this person answered, keyed and shaped as the answer form's fields ("q" + question id: the
     * chosen values as text, or the words written), so the page can show it back. Empty for an
     * anonymous poll: its answers carry no person.
     */
    @Transactional(readOnly = true)
    public Map<String, Object> ownAnswers(SignedInPerson who, Poll p) {
        Map<String, Object> shown = new LinkedHashMap<>();
        if (who == null || p.anonymous()) {
            return shown;
        }
        jdbc.sql("""
                select a.question_id, a.choices, a.free_text from poll_answer a join poll_response r on r.id = a.response_id
                where r.poll_id = ? and r.person_id = ?""")
                .params(p.id(), who.id().value())
                .query((rs, n) -> {
                    String field = "q" + rs.getObject(1, UUID.class);
                    String text = rs.getString(3);
                    if (text != null) {
                        shown.put(field, text);
                    } else {
                        List<String> chosen = Arrays.stream((Integer[]) rs.getArray(2).getArray()).map(String::valueOf).toList();
                        if (!chosen.isEmpty()) {
                            shown.put(field, chosen);
                        }
                    }
                    return field;
                })
                .list();
        return shown;
    }

    @Transactional(readOnly = true)
    public long answerCount(UUID pollId) {
        return jdbc.sql("select count(*) from poll_respondent where poll_id = ?").param(pollId).query(Long.class).single();
    }

    // ---- drafts

    /** Saves a new draft; the caller has checked it with {@link org.coplan.strategic.domain.PollRules}. */
    public UUID create(SignedInPerson who, UUID forumId, boolean consultation, String title, String introduction, Topic topic, Instant closesAt,
            boolean anonymous, boolean resultsHidden, Rung rung, List<PartDraft> parts) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into poll (id, forum_id, consultation, title, introduction, audience_topic, closes_at, anonymous, results_hidden, rung,
                    status, created_by_name, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?)""")
                .params(id, forumId, consultation, title.strip(), introduction == null ? "" : introduction.strip(), topic == null ? null : topic.name(),
                        Timestamp.from(closesAt), anonymous, resultsHidden, rung.name(), who.displayName(), Timestamp.from(clock.instant()))
                .update();
        saveParts(id, parts);
        return id;
    }

    /** Changes a draft; false when someone else saved it first (the version moved on) or it was opened meanwhile. */
    public boolean update(UUID id, int version, String title, String introduction, Topic topic, Instant closesAt, boolean anonymous,
            boolean resultsHidden, Rung rung, List<PartDraft> parts) {
        int n = jdbc.sql("""
                update poll set title = ?, introduction = ?, audience_topic = ?, closes_at = ?, anonymous = ?, results_hidden = ?, rung = ?,
                    version = version + 1
                where id = ? and version = ? and status = 'DRAFT'""")
                .params(title.strip(), introduction == null ? "" : introduction.strip(), topic == null ? null : topic.name(), Timestamp.from(closesAt),
                        anonymous, resultsHidden, rung.name(), id, version)
                .update();
        if (n == 0) {
            return false;
        }
        jdbc.sql("delete from poll_part where poll_id = ?").param(id).update();
        saveParts(id, parts);
        return true;
    }

    private void saveParts(UUID pollId, List<PartDraft> parts) {
        for (int i = 0; i < parts.size(); i++) {
            UUID partId = UUID.randomUUID();
            PartDraft part = parts.get(i);
            jdbc.sql("insert into poll_part (id, poll_id, position, document) values (?, ?, ?, ?)")
                    .params(partId, pollId, i, part.document() == null ? "" : part.document().strip()).update();
            for (int j = 0; j < part.questions().size(); j++) {
                QuestionDraft q = part.questions().get(j);
                jdbc.sql("""
                        insert into poll_question (id, part_id, position, question, kind, options, low_label, high_label)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(UUID.randomUUID(), partId, j, q.question().strip(), q.kind().name(),
                                q.kind().choices() ? q.options().toArray(String[]::new) : new String[0],
                                q.kind() == QuestionKind.SCALE ? q.lowLabel().strip() : null,
                                q.kind() == QuestionKind.SCALE ? q.highLabel().strip() : null)
                        .update();
            }
        }
    }

    /**
     * Opens a draft and tells its audience by the channel each chose, with a link. False when it was
     * not a draft any more, or its closing time has passed meanwhile.
     */
    public boolean open(SignedInPerson who, UUID id) {
        int n = jdbc.sql("update poll set status = 'OPEN', opened_at = ?, opened_by_name = ?, version = version + 1 where id = ? and status = 'DRAFT' and closes_at > ?")
                .params(Timestamp.from(clock.instant()), who.displayName(), id, Timestamp.from(clock.instant()))
                .update();
        if (n == 0) {
            return false;
        }
        Poll p = poll(id);
        for (ForumMember m : audience(p)) {
            notices.tell(new Notice(m.email(), m.name(), "poll.notice.opened.subject", "poll.notice.opened.body",
                    List.of(p.title(), when(p.closesAt())),
                    "/forum/polls/" + id, null), m.route());
        }
        return true;
    }

    /** Closes an open poll now. False when it was not open. */
    public boolean closeEarly(SignedInPerson who, UUID id) {
        return jdbc.sql("update poll set closed_early_at = ?, closed_early_by = ?, version = version + 1 where id = ? and status = 'OPEN' and closed_early_at is null and closes_at > ?")
                .params(Timestamp.from(clock.instant()), who.displayName(), id, Timestamp.from(clock.instant()))
                .update() > 0;
    }

    // ---- answers

    /**
     * Saves one person's answers, in one transaction with the record that they answered, so a second
     * answer is refused (the primary key) even when two arrive at once. For an anonymous poll the
     * answers carry no person and no time.
     */
    public Answered answer(SignedInPerson who, UUID pollId, Map<UUID, Answer> answers) {
        Poll p = poll(pollId);
        Instant now = clock.instant();
        if (p.state(now) != PollState.OPEN) {
            return new ClosedMeanwhile();
        }
        int n = jdbc.sql("insert into poll_respondent (poll_id, person_id, answered_at) values (?, ?, ?) on conflict do nothing")
                .params(pollId, who.id().value(), Timestamp.from(now))
                .update();
        if (n == 0) {
            return new AlreadyAnswered();
        }
        UUID responseId = UUID.randomUUID();
        jdbc.sql("insert into poll_response (id, poll_id, person_id, answered_at) values (?, ?, ?, ?)")
                .params(responseId, pollId, p.anonymous() ? null : who.id().value(), p.anonymous() ? null : Timestamp.from(now))
                .update();
        for (Map.Entry<UUID, Answer> e : answers.entrySet()) {
            jdbc.sql("insert into poll_answer (response_id, question_id, choices, free_text) values (?, ?, ?, ?)")
                    .params(responseId, e.getKey(), e.getValue().choices().stream().sorted().toArray(Integer[]::new),
                            e.getValue().text() == null || e.getValue().text().isBlank() ? null : e.getValue().text().strip())
                    .update();
        }
        return new Saved();
    }

    /** The results of every question, with small counts hidden and free text only from enough people. */
    @Transactional(readOnly = true)
    public List<QuestionResult> results(Poll p) {
        List<QuestionResult> results = new ArrayList<>();
        for (Question q : p.questions()) {
            List<Integer[]> chosen = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            jdbc.sql("select choices, free_text from poll_answer where question_id = ? order by free_text")
                    .param(q.id())
                    .query((rs, n) -> {
                        Array a = rs.getArray("choices");
                        chosen.add((Integer[]) a.getArray());
                        String t = rs.getString("free_text");
                        if (t != null) {
                            texts.add(t);
                        }
                        return null;
                    })
                    .list();
            long answered = chosen.size();
            if (q.kind() == QuestionKind.FREE_TEXT) {
                boolean shown = PollTally.textsShown(texts.size(), smallestShown);
                results.add(new QuestionResult(q, answered, List.of(), shown ? texts : List.of(), !shown && !texts.isEmpty()));
                continue;
            }
            List<String> labels = q.choiceLabels();
            List<Long> counts = new ArrayList<>();
            for (int i = 0; i < labels.size(); i++) {
                int value = q.kind() == QuestionKind.SCALE ? i + 1 : i;
                counts.add(chosen.stream().filter(c -> Arrays.asList(c).contains(value)).count());
            }
            results.add(new QuestionResult(q, answered,
                    PollTally.rows(labels, counts, answered, q.kind() == QuestionKind.MULTIPLE, smallestShown), List.of(), false));
        }
        return results;
    }

    // ---- reminders

    /** When the last reminders were sent and to how many: for officers. */
    public record ReminderSummary(long count, Instant last) {}

    @Transactional(readOnly = true)
    public ReminderSummary reminders(UUID pollId) {
        return jdbc.sql("select count(*) as n, max(sent_at) as last from poll_reminder where poll_id = ?")
                .param(pollId)
                .query((rs, n) -> new ReminderSummary(rs.getLong("n"), instant(rs.getTimestamp("last"))))
                .single();
    }

    /**
     * Reminds each member of the audience who has not answered and has not been reminded of this poll
     * before; never those who answered. Each reminder is recorded first (its key stops a second).
     * Returns how many were reminded.
     */
    public int remind(UUID pollId, String by) {
        Poll p = poll(pollId);
        if (p.state(clock.instant()) != PollState.OPEN) {
            return 0;
        }
        Set<UUID> answered = new HashSet<>(jdbc.sql("select person_id from poll_respondent where poll_id = ?").param(pollId).query(UUID.class).list());
        int sent = 0;
        for (ForumMember m : audience(p)) {
            if (answered.contains(m.personId())) {
                continue;
            }
            int claimed = jdbc.sql("insert into poll_reminder (poll_id, person_id, sent_at, sent_by) values (?, ?, ?, ?) on conflict do nothing")
                    .params(pollId, m.personId(), Timestamp.from(clock.instant()), by)
                    .update();
            if (claimed == 0) {
                continue;
            }
            notices.tell(new Notice(m.email(), m.name(), "poll.notice.reminder.subject", "poll.notice.reminder.body",
                    List.of(p.title(), when(p.closesAt())),
                    "/forum/polls/" + pollId, null), m.route());
            sent++;
        }
        return sent;
    }

    /** Open polls closing within {@code hours} that have not had their reminders yet. */
    @Transactional(readOnly = true)
    public List<UUID> closingSoon(int hours) {
        Instant now = clock.instant();
        return jdbc.sql("""
                select id from poll where status = 'OPEN' and closed_early_at is null and closes_at > ? and closes_at <= ?
                and not exists (select 1 from poll_reminder r where r.poll_id = poll.id and r.sent_by = 'JOB')""")
                .params(Timestamp.from(now), Timestamp.from(now.plusSeconds(hours * 3600L)))
                .query(UUID.class)
                .list();
    }

    // ---- outcome

    /**
     * Records what was decided and tells those who took part (for an anonymous poll, the whole
     * audience, since who answered is not tied to what they said). False when the poll was changed
     * meanwhile or is not closed.
     */
    public boolean recordOutcome(SignedInPerson who, UUID pollId, int version, String decided, String decidedBy, LocalDate reviewOn) {
        Poll p = poll(pollId);
        if (p.state(clock.instant()) != PollState.CLOSED) {
            return false;
        }
        int n = jdbc.sql("""
                update poll set outcome_decided = ?, outcome_decided_by = ?, outcome_review_on = ?, outcome_recorded_at = ?,
                    outcome_recorded_by = ?, review_told_at = null, version = version + 1
                where id = ? and version = ?""")
                .params(decided.strip(), decidedBy.strip(), reviewOn, Timestamp.from(clock.instant()), who.displayName(), pollId, version)
                .update();
        if (n == 0) {
            return false;
        }
        List<ForumMember> told;
        if (p.anonymous()) {
            told = audience(p);
        } else {
            Set<UUID> answered = new HashSet<>(jdbc.sql("select person_id from poll_respondent where poll_id = ?").param(pollId).query(UUID.class).list());
            told = members.members(p.forumId(), Optional.empty()).stream().filter(m -> answered.contains(m.personId())).toList();
        }
        for (ForumMember m : told) {
            notices.tell(new Notice(m.email(), m.name(), "poll.notice.outcome.subject", "poll.notice.outcome.body",
                    List.of(p.title(), decided.strip(), decidedBy.strip()),
                    "/area/" + p.localAuthorityId() + "/polls/" + pollId, null), m.route());
        }
        return true;
    }

    /** Closed polls whose outcome's review date has come (or passed): for the officers' list. */
    @Transactional(readOnly = true)
    public List<Poll> dueForReview(UUID forumId) {
        LocalDate today = LocalDate.now(clock);
        return pollsOf(forumId).stream().filter(p -> p.reviewOn() != null && !p.reviewOn().isAfter(today)).toList();
    }

    /**
     * Tells the forum's officers once about each outcome whose review date has come; returns how many
     * polls were claimed. The claim (review_told_at) is in the same transaction as the telling.
     */
    public int tellReviewsDue() {
        LocalDate today = LocalDate.now(clock);
        List<Poll> due = jdbc.sql("""
                select p.*, o.local_authority_id from poll p join organisation o on o.id = p.forum_id
                where p.outcome_review_on <= ? and p.review_told_at is null""")
                .param(today)
                .query((rs, n) -> row(rs))
                .list();
        int told = 0;
        for (Poll p : due) {
            if (jdbc.sql("update poll set review_told_at = ? where id = ? and review_told_at is null")
                    .params(Timestamp.from(clock.instant()), p.id()).update() == 0) {
                continue;
            }
            for (StaffMember s : people.staffOf(new OrganisationId(p.forumId()))) {
                if (s.role() == StaffRole.FORUM_OFFICER) {
                    notices.tell(new Notice(s.person().email(), s.person().displayName(), "poll.notice.review.subject", "poll.notice.review.body",
                            List.of(p.title(), DAY.format(p.reviewOn())), "/forum/polls/" + p.id() + "/results", null), new Route.ByEmail());
                }
            }
            told++;
        }
        return told;
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
