package org.coplan.strategic.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.coplan.audit.AuditAction;
import org.coplan.audit.AuditEntry;
import org.coplan.audit.AuditLog;
import org.coplan.notify.Notice;
import org.coplan.notify.Notices;
import org.coplan.notify.Route;
import org.coplan.people.Organisation;
import org.coplan.people.OrganisationId;
import org.coplan.people.People;
import org.coplan.people.Person;
import org.coplan.people.PersonId;
import org.coplan.people.SignedInPerson;
import org.coplan.people.StaffRole;
import org.coplan.shared.Tokens;
import org.coplan.shared.web.NotFound;
import org.coplan.strategic.domain.JoinRules;
import org.coplan.strategic.domain.JoinRules.Channel;
import org.coplan.strategic.domain.Topic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Joining a parent carer forum online, and leaving or being removed from it. A request to join is
 * kept WAITING until the person follows the single-use link emailed to them (only its hash is
 * stored); then they are a MEMBER, their account is linked and holds the forum's FORUM_MEMBER staff
 * role. Nothing here reads or changes anything of any case.
 */
@Service
@Transactional
public class ForumJoining {

    /** What happened to a request to join. */
    public sealed interface Outcome {}

    /** A new request: the link was sent. */
    public record Sent(UUID memberId) implements Outcome {}

    /** The email address is already a verified member of this forum. */
    public record AlreadyMember() implements Outcome {}

    /** The email address had asked already and not followed the link: a new link was sent. */
    public record SentAgain() implements Outcome {}

    /** The forum's officers removed this email address: they are told to contact the forum. */
    public record WasRemoved() implements Outcome {}

    /** Still waiting, but links were sent as often as allowed in the last hour: none sent now, another may be asked for from {@code from}. */
    public record NotSentAgain(Instant from) implements Outcome {}

    /** What a removal or a change came to. */
    public sealed interface Change {}

    public record Done() implements Change {}

    /** Someone changed the row since the page was shown: nothing was saved. */
    public record Conflict(Entry current) implements Change {}

    /** One row of {@code forum_member}, as the member and the forum's officers see it. No case data. */
    public record Entry(UUID id, UUID forumId, UUID personId, String email, String name, Set<Topic> topics, String channel,
            String mobile, String status, Instant joinedAt, Instant verifiedAt, Instant removedAt, String removedByName,
            String removedReason, int version) {

        public boolean byText() {
            return "TEXT".equals(channel);
        }

        public Route route() {
            return byText() ? new Route.ByText(mobile) : new Route.ByEmail();
        }
    }

    /** A request to join that is waiting for its link to be followed, with the forum's name. */
    public record Pending(Entry entry, String forumName) {}

    private static final RowMapper<Entry> ENTRY = (rs, n) -> new Entry(
            rs.getObject("id", UUID.class), rs.getObject("forum_id", UUID.class), rs.getObject("person_id", UUID.class),
            rs.getString("email"), rs.getString("display_name"), ForumMembers.topics((String[]) rs.getArray("topics").getArray()),
            rs.getString("channel"), rs.getString("mobile"), rs.getString("status"), instant(rs.getTimestamp("joined_at")),
            instant(rs.getTimestamp("verified_at")), instant(rs.getTimestamp("removed_at")), rs.getString("removed_by_name"),
            rs.getString("removed_reason"), rs.getInt("version"));

    private final JdbcClient jdbc;
    private final People people;
    private final ForumMembers members;
    private final Notices notices;
    private final Clock clock;
    private final Duration linkLifetime;
    private final AuditLog audit;
    private final int linksPerHour;

    ForumJoining(JdbcClient jdbc, People people, ForumMembers members, Notices notices, Clock clock, AuditLog audit,
            @Value("${coplan.forum.join-link-days:7}") int linkDays, @Value("${coplan.forum.join-links-per-hour:3}") int linksPerHour) {
        this.jdbc = jdbc;
        this.people = people;
        this.members = members;
        this.notices = notices;
        this.clock = clock;
        this.linkLifetime = Duration.ofDays(linkDays);
        this.audit = audit;
        this.linksPerHour = linksPerHour;
    }

    /** How many links to confirm joining one request may be sent in any hour. */
    public int linksPerHour() {
        return linksPerHour;
    }

    /** How many days a link to confirm joining works. */
    public long linkDays() {
        return linkLifetime.toDays();
    }

    /** Every parent carer forum in the service, by name. */
    @Transactional(readOnly = true)
    public List<Organisation> forums() {
        return people.organisations(org.coplan.people.OrganisationKind.FORUM).stream()
                .sorted(java.util.Comparator.comparing(Organisation::name))
                .toList();
    }

    /**
     * Asks to join: a new request is saved WAITING and the link emailed. A second request from the
     * same email address for the same forum is refused, and the address is told why by email (a
     * member: sign in; removed: contact the forum; still waiting: a new link, the old one stops
     * working), at most {@code coplan.forum.join-links-per-hour} emails an hour for one request.
     */
    public Outcome join(UUID forumId, String name, String typedEmail, Set<Topic> topics, Channel channel, String mobile) {
        Organisation forum = members.forum(forumId);
        String email = JoinRules.email(typedEmail);
        Optional<Entry> existing = jdbc.sql("select * from forum_member where forum_id = ? and lower(email) = ? for update")
                .params(forumId, email)
                .query(ENTRY)
                .optional();
        if (existing.isPresent()) {
            Entry e = existing.get();
            Optional<Instant> held = heldUntil(e.id());
            return switch (e.status()) {
                case "MEMBER" -> {
                    // told by email, not on the page: whoever typed the address learns nothing about its owner
                    if (held.isEmpty()) {
                        tell(e.id(), new Notice(e.email(), e.name(), "forummember.email.already.subject", "forummember.email.already.body",
                                List.of(forum.name()), "/sign-in", null));
                    }
                    yield new AlreadyMember();
                }
                case "REMOVED" -> {
                    if (held.isEmpty()) {
                        tell(e.id(), new Notice(e.email(), e.name(), "forummember.email.removedAsked.subject",
                                "forummember.email.removedAsked.body", List.of(forum.name()), "/area/" + forum.localAuthorityId().value(), null));
                    }
                    yield new WasRemoved();
                }
                default -> {
                    if (held.isPresent()) {
                        yield new NotSentAgain(held.get());
                    }
                    sendLink(e.id(), forum, e.name(), e.email());
                    yield new SentAgain();
                }
            };
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into forum_member (id, forum_id, email, display_name, topics, channel, mobile, status, joined_at)
                values (?, ?, ?, ?, ?, ?, ?, 'WAITING', ?)""")
                .params(id, forumId, email, name.strip(), topicArray(topics), channel.name(), channel == Channel.TEXT ? mobile : null,
                        Timestamp.from(clock.instant()))
                .update();
        sendLink(id, forum, name.strip(), email);
        return new Sent(id);
    }

    /** When links were sent as often as allowed in the last hour: the time from which another may be sent. */
    private Optional<Instant> heldUntil(UUID memberId) {
        Instant hourAgo = clock.instant().minus(Duration.ofHours(1));
        List<Instant> sent = jdbc.sql("select sent_at from forum_join_link_sent where member_id = ? and sent_at > ? order by sent_at")
                .params(memberId, Timestamp.from(hourAgo))
                .query((rs, n) -> rs.getTimestamp(1).toInstant())
                .list();
        return sent.size() < linksPerHour ? Optional.empty() : Optional.of(sent.get(sent.size() - linksPerHour).plus(Duration.ofHours(1)));
    }

    private void sendLink(UUID memberId, Organisation forum, String name, String email) {
        String token = Tokens.newToken();
        jdbc.sql("update forum_member set token_hash = ?, token_expires_at = ?, version = version + 1 where id = ?")
                .params(Tokens.hash(token), Timestamp.from(clock.instant().plus(linkLifetime)), memberId)
                .update();
        tell(memberId, new Notice(email, name, "forummember.email.link.subject", "forummember.email.link.body",
                List.of(forum.name(), linkLifetime.toDays()), "/forum/join/" + token, null));
    }

    /**
     * Emails the address of a request to join, and counts it: every email a request to join causes
     * (the link, "already a member", "removed") counts towards the hourly limit. Always by email:
     * following the link proves the address is theirs.
     */
    private void tell(UUID memberId, Notice notice) {
        jdbc.sql("insert into forum_join_link_sent (member_id, sent_at) values (?, ?)")
                .params(memberId, Timestamp.from(clock.instant()))
                .update();
        notices.tell(notice);
    }

    /** The request a link belongs to, while the link is unused and in date. */
    @Transactional(readOnly = true)
    public Optional<Pending> pending(String token) {
        return jdbc.sql("select * from forum_member where token_hash = ? and status = 'WAITING' and token_expires_at > ?")
                .params(Tokens.hash(token), Timestamp.from(clock.instant()))
                .query(ENTRY)
                .optional()
                .map(e -> new Pending(e, members.forum(e.forumId()).name()));
    }

    /** Whether the email address of a request already has an account with a password (they sign in instead). */
    @Transactional(readOnly = true)
    public boolean hasAccount(String email) {
        return people.findByEmail(email).map(Person::hasPassword).orElse(false);
    }

    /**
     * Follows the link as someone with no account yet: the account is made (or one made for them
     * without a password is given this one) and the membership verified. Empty when the link is no
     * longer valid, or the address has an account with a password by now (they sign in instead).
     */
    public Optional<PersonId> verifyAsNewPerson(String token, String password) {
        Optional<Entry> waiting = claim(token);
        if (waiting.isEmpty()) {
            return Optional.empty();
        }
        Person person = people.findOrCreate(waiting.get().email(), waiting.get().name());
        if (person.hasPassword()) {
            return Optional.empty();
        }
        people.setPassword(person.id(), password);
        verify(waiting.get(), person.id());
        return Optional.of(person.id());
    }

    /**
     * Follows the link signed in: the membership is linked to this account, whatever its email
     * address. False when the link is no longer valid. When the person is a member of the forum
     * already, the link is used up and nothing else changes.
     */
    public boolean verifyAsSignedIn(String token, PersonId person) {
        Optional<Entry> waiting = claim(token);
        if (waiting.isEmpty()) {
            return false;
        }
        if (members.isMember(person, waiting.get().forumId())) {
            jdbc.sql("update forum_member set token_hash = null, token_expires_at = null, version = version + 1 where id = ?")
                    .param(waiting.get().id())
                    .update();
            return true;
        }
        verify(waiting.get(), person);
        return true;
    }

    private Optional<Entry> claim(String token) {
        return jdbc.sql("select * from forum_member where token_hash = ? and status = 'WAITING' and token_expires_at > ? for update")
                .params(Tokens.hash(token), Timestamp.from(clock.instant()))
                .query(ENTRY)
                .optional();
    }

    private void verify(Entry entry, PersonId person) {
        jdbc.sql("""
                update forum_member set status = 'MEMBER', person_id = ?, verified_at = ?, token_hash = null,
                    token_expires_at = null, version = version + 1
                where id = ?""")
                .params(person.value(), Timestamp.from(clock.instant()), entry.id())
                .update();
        people.addStaffRole(person, new OrganisationId(entry.forumId()), StaffRole.FORUM_MEMBER);
        audit.record(new AuditEntry(person.value(), entry.name(), StaffRole.FORUM_MEMBER.name(), null, AuditAction.ROLE_CHANGED,
                "FORUM_MEMBER role given at " + members.forum(entry.forumId()).name(),
                "joined by following the link emailed to " + entry.email()));
    }

    /** The person's verified memberships, by forum name. */
    @Transactional(readOnly = true)
    public List<Entry> membershipsOf(PersonId person) {
        return jdbc.sql("""
                select m.* from forum_member m join organisation o on o.id = m.forum_id
                where m.person_id = ? and m.status = 'MEMBER' order by o.name, m.id""")
                .param(person.value())
                .query(ENTRY)
                .list();
    }

    /** The person's own verified membership of this forum, or not found. */
    @Transactional(readOnly = true)
    public Entry ownMembership(PersonId person, UUID memberId) {
        return membershipsOf(person).stream().filter(e -> e.id().equals(memberId)).findFirst().orElseThrow(NotFound::new);
    }

    /** The member changes their own topics and how they are told. */
    public Change changeDetails(PersonId person, UUID memberId, int version, Set<Topic> topics, Channel channel, String mobile) {
        ownMembership(person, memberId);
        int changed = jdbc.sql("""
                update forum_member set topics = ?, channel = ?, mobile = ?, version = version + 1
                where id = ? and person_id = ? and status = 'MEMBER' and version = ?""")
                .params(topicArray(topics), channel.name(), channel == Channel.TEXT ? mobile : null, memberId, person.value(), version)
                .update();
        return changed == 1 ? new Done() : new Conflict(entry(memberId));
    }

    /** The member leaves: removed, by themselves, with the reason "Left the forum"; the staff role goes. */
    public void leave(PersonId person, UUID memberId, String reason, String name) {
        Entry own = ownMembership(person, memberId);
        jdbc.sql("""
                update forum_member set status = 'REMOVED', removed_at = ?, removed_by_name = ?, removed_reason = ?, version = version + 1
                where id = ? and status = 'MEMBER'""")
                .params(Timestamp.from(clock.instant()), name, reason, memberId)
                .update();
        people.removeStaffRole(person, new OrganisationId(own.forumId()), StaffRole.FORUM_MEMBER);
        audit.record(new AuditEntry(person.value(), name, StaffRole.FORUM_MEMBER.name(), null, AuditAction.ROLE_CHANGED,
                "FORUM_MEMBER role removed at " + members.forum(own.forumId()).name(), reason));
    }

    /** Every request and member of the forum, waiting, verified and removed, by name: for its officers. */
    @Transactional(readOnly = true)
    public List<Entry> everyone(UUID forumId) {
        return jdbc.sql("select * from forum_member where forum_id = ? order by lower(display_name), id")
                .param(forumId)
                .query(ENTRY)
                .list();
    }

    /** One row of the forum, or not found. */
    @Transactional(readOnly = true)
    public Entry entryOf(UUID forumId, UUID memberId) {
        return jdbc.sql("select * from forum_member where id = ? and forum_id = ?")
                .params(memberId, forumId)
                .query(ENTRY)
                .optional()
                .orElseThrow(NotFound::new);
    }

    private Entry entry(UUID memberId) {
        return jdbc.sql("select * from forum_member where id = ?").param(memberId).query(ENTRY).single();
    }

    /**
     * An officer removes a verified member with a reason: the member loses the staff role and is told,
     * with the reason, by the channel they chose. Refused if the row changed since the page was shown.
     */
    public Change remove(SignedInPerson officer, UUID forumId, UUID memberId, int version, String reason) {
        Entry entry = entryOf(forumId, memberId);
        if (!"MEMBER".equals(entry.status())) {
            return new Conflict(entry);
        }
        int changed = jdbc.sql("""
                update forum_member set status = 'REMOVED', removed_at = ?, removed_by_name = ?, removed_reason = ?, version = version + 1
                where id = ? and forum_id = ? and status = 'MEMBER' and version = ?""")
                .params(Timestamp.from(clock.instant()), officer.displayName(), reason.strip(), memberId, forumId, version)
                .update();
        if (changed != 1) {
            return new Conflict(entry(memberId));
        }
        people.removeStaffRole(new PersonId(entry.personId()), new OrganisationId(forumId), StaffRole.FORUM_MEMBER);
        Organisation forum = members.forum(forumId);
        audit.record(new AuditEntry(officer.id().value(), officer.displayName(), StaffRole.FORUM_OFFICER.name(), null, AuditAction.ROLE_CHANGED,
                "FORUM_MEMBER role removed at " + forum.name(), entry.name() + " <" + entry.email() + ">: " + reason.strip()));
        notices.tell(new Notice(entry.email(), entry.name(), "forummember.email.removed.subject", "forummember.email.removed.body",
                List.of(forum.name(), reason.strip()), "/area/" + forum.localAuthorityId().value(), null), entry.route());
        return new Done();
    }

    static String[] topicArray(Set<Topic> topics) {
        List<String> names = new ArrayList<>();
        for (Topic t : Topic.values()) {
            if (topics.contains(t)) {
                names.add(t.name());
            }
        }
        return names.toArray(String[]::new);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
