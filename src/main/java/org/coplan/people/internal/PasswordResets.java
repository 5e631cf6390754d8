package org.coplan.people.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.coplan.notify.Email;
import org.coplan.notify.Emails;
import org.coplan.people.People;
import org.coplan.people.Person;
import org.coplan.people.PersonId;
import org.coplan.shared.Tokens;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Password links sent by email (a reset, or a new account's first password) that work once and expire. */
@Service
@Transactional
public class PasswordResets {

    private final JdbcClient jdbc;
    private final People people;
    private final Emails emails;
    private final MessageSource messages;
    private final Clock clock;
    private final Duration validFor;
    private final Duration setUpValidFor;
    private final String baseUrl;
    private final String serviceName;
    private final int perHour;
    private final SignInThrottle throttle;
    private final PersonSessions sessions;
    private final AccountEvents events;

    PasswordResets(
            JdbcClient jdbc, People people, Emails emails, MessageSource messages, Clock clock,
            SignInThrottle throttle, PersonSessions sessions, AccountEvents events,
            @Value("${coplan.password-reset.per-hour:3}") int perHour,
            @Value("${coplan.password-reset.valid-minutes}") int validMinutes,
            @Value("${coplan.account-set-up.valid-days}") int setUpValidDays,
            @Value("${coplan.base-url}") String baseUrl,
            @Value("${coplan.service-name}") String serviceName) {
        this.jdbc = jdbc;
        this.people = people;
        this.emails = emails;
        this.messages = messages;
        this.clock = clock;
        this.validFor = Duration.ofMinutes(validMinutes);
        this.setUpValidFor = Duration.ofDays(setUpValidDays);
        this.baseUrl = baseUrl;
        this.serviceName = serviceName;
        this.perHour = perHour;
        this.throttle = throttle;
        this.sessions = sessions;
        this.events = events;
    }

    /**
     * Sends a link if there is an account and it has not had {@code coplan.password-reset.per-hour}
     * already in the last hour, so nobody can fill a person's inbox. Says nothing either way, so
     * accounts cannot be discovered.
     */
    public void request(String email) {
        people.findByEmail(email).ifPresent(person -> {
            long recent = jdbc.sql("select count(*) from password_reset where person_id = ? and kind = 'RESET' and created_at > ?")
                    .params(person.id().value(), Timestamp.from(clock.instant().minus(Duration.ofHours(1))))
                    .query(Long.class)
                    .single();
            events.resetAsked(person, recent < perHour);
            if (recent >= perHour) {
                return;
            }
            var locale = LocaleContextHolder.getLocale();
            String link = issueLink(person.id(), validFor, "RESET");
            emails.send(new Email(
                    person.email(),
                    messages.getMessage("email.reset.subject", new Object[] {serviceName}, locale),
                    messages.getMessage("email.reset.body",
                            new Object[] {person.displayName(), serviceName, link, validFor.toMinutes()}, locale),
                    null));
        });
    }

    /** Emails a new account's holder a link to choose their first password. */
    public void sendAccountSetUp(Person person, String addedBy, String roleName, String organisationName) {
        var locale = LocaleContextHolder.getLocale();
        String link = issueLink(person.id(), setUpValidFor, "SET_UP");
        emails.send(new Email(
                person.email(),
                messages.getMessage("email.setUp.subject", new Object[] {serviceName}, locale),
                messages.getMessage("email.setUp.body", new Object[] {
                        person.displayName(), addedBy, serviceName, roleName, organisationName, link, setUpValidFor.toDays()}, locale),
                null));
    }

    /** A new single-use link for this person; any earlier unused link stops working. */
    private String issueLink(PersonId person, Duration lifetime, String kind) {
        jdbc.sql("update password_reset set used_at = ? where person_id = ? and used_at is null")
                .params(Timestamp.from(clock.instant()), person.value())
                .update();
        String token = Tokens.newToken();
        jdbc.sql("insert into password_reset (token_hash, person_id, created_at, expires_at, kind) values (?, ?, ?, ?, ?)")
                .params(Tokens.hash(token), person.value(), Timestamp.from(clock.instant()),
                        Timestamp.from(clock.instant().plus(lifetime)), kind)
                .update();
        return baseUrl + "/password-reset/" + token;
    }

    /** The person a link belongs to, while it is unused and in date. */
    @Transactional(readOnly = true)
    public Optional<PersonId> holderOf(String token) {
        return jdbc.sql("select person_id from password_reset where token_hash = ? and used_at is null and expires_at > ?")
                .params(Tokens.hash(token), Timestamp.from(clock.instant()))
                .query(UUID.class)
                .optional()
                .map(PersonId::new);
    }

    /** The person a link belongs to, while it is unused and in date. */
    @Transactional(readOnly = true)
    public Optional<Person> personFor(String token) {
        return holderOf(token).flatMap(people::find);
    }

    /**
     * Uses the link: sets the password, makes the link worthless and signs the person out
     * everywhere else, so whoever knew the old password is out too. False if the link was no
     * longer valid.
     *
     * @param currentSession the session making the change, which stays (may be null)
     */
    public boolean complete(String token, String newPassword, String currentSession) {
        Optional<PersonId> holder = jdbc.sql("""
                update password_reset set used_at = ?
                where token_hash = ? and used_at is null and expires_at > ?
                returning person_id""")
                .params(Timestamp.from(clock.instant()), Tokens.hash(token), Timestamp.from(clock.instant()))
                .query(UUID.class)
                .optional()
                .map(PersonId::new);
        holder.flatMap(people::find).ifPresent(person -> {
            people.setPassword(person.id(), newPassword);
            throttle.passwordChanged(person.email());
            sessions.endAll(person.email(), currentSession);
            events.passwordChanged(person.id());
        });
        return holder.isPresent();
    }
}
