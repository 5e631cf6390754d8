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

    PasswordResets(
            JdbcClient jdbc, People people, Emails emails, MessageSource messages, Clock clock,
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
    }

    /** Sends a link if there is an account; says nothing either way, so accounts cannot be discovered. */
    public void request(String email) {
        people.findByEmail(email).ifPresent(person -> {
            var locale = LocaleContextHolder.getLocale();
            String link = issueLink(person.id(), validFor);
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
        String link = issueLink(person.id(), setUpValidFor);
        emails.send(new Email(
                person.email(),
                messages.getMessage("email.setUp.subject", new Object[] {serviceName}, locale),
                messages.getMessage("email.setUp.body", new Object[] {
                        person.displayName(), addedBy, serviceName, roleName, organisationName, link, setUpValidFor.toDays()}, locale),
                null));
    }

    /** A new single-use link for this person; any earlier unused link stops working. */
    private String issueLink(PersonId person, Duration lifetime) {
        jdbc.sql("update password_reset set used_at = ? where person_id = ? and used_at is null")
                .params(Timestamp.from(clock.instant()), person.value())
                .update();
        String token = Tokens.newToken();
        jdbc.sql("insert into password_reset (token_hash, person_id, created_at, expires_at) values (?, ?, ?, ?)")
                .params(Tokens.hash(token), person.value(), Timestamp.from(clock.instant()),
                        Timestamp.from(clock.instant().plus(lifetime)))
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

    /** Uses the link: sets the password and makes the link worthless. False if it was no longer valid. */
    public boolean complete(String token, String newPassword) {
        Optional<PersonId> holder = jdbc.sql("""
                update password_reset set used_at = ?
                where token_hash = ? and used_at is null and expires_at > ?
                returning person_id""")
                .params(Timestamp.from(clock.instant()), Tokens.hash(token), Timestamp.from(clock.instant()))
                .query(UUID.class)
                .optional()
                .map(PersonId::new);
        holder.ifPresent(id -> people.setPassword(id, newPassword));
        return holder.isPresent();
    }
}
