package org.coplan.people.internal;

import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.coplan.audit.AuditAction;
import org.coplan.audit.AuditEntry;
import org.coplan.audit.AuditLog;
import org.coplan.people.Organisation;
import org.coplan.people.People;
import org.coplan.people.Person;
import org.coplan.people.PersonId;
import org.coplan.people.SecondFactors;
import org.coplan.people.SignedInPerson;
import org.coplan.people.StaffMembership;
import org.coplan.people.StaffRole;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second step of signing in for staff: a code from an authenticator app, or a one-time
 * recovery code. Administrators and SEN managers must have one; other staff may choose to.
 */
@Service
@Transactional
public class TwoStepSignIn implements SecondFactors {

    /** The roles whose holders must use a second factor. */
    public static final Set<StaffRole> REQUIRED_FOR = Set.of(StaffRole.ADMINISTRATOR, StaffRole.SEN_MANAGER);
    public static final int RECOVERY_CODES = 10;
    /** Wrong codes in a row before codes are refused for a while and the half-signed-in session ends. */
    public static final int MAX_WRONG_CODES = 5;

    public enum Need {
        /** Nothing more to do. */
        NONE,
        /** Has a second factor: must enter a code. */
        CODE,
        /** Must set one up before doing anything else. */
        SET_UP
    }

    public enum Result {
        ACCEPTED,
        RECOVERY_CODE_ACCEPTED,
        WRONG,
        /** A right code from a 30-second step already used: refused, so a seen code cannot be replayed. */
        USED_BEFORE,
        /** Too many wrong codes: codes are refused until {@link Check#lockedUntil()}. */
        LOCKED
    }

    /** @param triesLeft wrong codes allowed before codes are refused for a while */
    public record Check(Result result, int recoveryCodesLeft, int triesLeft, Instant lockedUntil) {
        public boolean accepted() {
            return result == Result.ACCEPTED || result == Result.RECOVERY_CODE_ACCEPTED;
        }
    }

    private record Factor(String secret, Long lastUsedStep, int failedCodes, Instant lockedUntil) {}

    private final JdbcClient jdbc;
    private final People people;
    private final AuthenticatorCodes codes;
    private final AuditLog audit;
    private final SignInThrottle throttle;
    private final AccountEvents accountEvents;
    private final Clock clock;
    private final Duration lockFor;
    private final RecoveryCodeGenerator recoveryCodes = new RecoveryCodeGenerator();

    TwoStepSignIn(
            JdbcClient jdbc, People people, AuthenticatorCodes codes, AuditLog audit, SignInThrottle throttle,
            AccountEvents accountEvents, Clock clock, @Value("${coplan.sign-in.lock-minutes}") int lockMinutes) {
        this.jdbc = jdbc;
        this.people = people;
        this.codes = codes;
        this.audit = audit;
        this.throttle = throttle;
        this.accountEvents = accountEvents;
        this.clock = clock;
        this.lockFor = Duration.ofMinutes(lockMinutes);
    }

    /** What this person must still do after their password was accepted. */
    @Transactional(readOnly = true)
    public Need needFor(PersonId person) {
        if (has(person)) {
            return Need.CODE;
        }
        return requiredFor(person) ? Need.SET_UP : Need.NONE;
    }

    @Transactional(readOnly = true)
    public boolean has(PersonId person) {
        return factor(person).isPresent();
    }

    /** Decided from the roles held now, so a role given today applies from the next sign-in. */
    @Transactional(readOnly = true)
    public boolean requiredFor(PersonId person) {
        return people.staffMemberships(person).stream().map(StaffMembership::role).anyMatch(REQUIRED_FOR::contains);
    }

    /** Anyone with a staff role may set up a second factor. */
    @Transactional(readOnly = true)
    public boolean offeredTo(PersonId person) {
        return !people.staffMemberships(person).isEmpty();
    }

    @Transactional(readOnly = true)
    public int recoveryCodesLeft(PersonId person) {
        return jdbc.sql("select count(*) from recovery_code where person_id = ? and used_at is null")
                .param(person.value())
                .query(Integer.class)
                .single();
    }

    public String newKey() {
        return codes.newKey();
    }

    public String qrImage(String key, String accountName, String issuer) {
        return codes.qrImage(key, accountName, issuer);
    }

    /**
     * Sets up the second factor once the person has shown, with a code, that their app holds the
     * key. Returns the recovery codes, shown once and stored only as hashes; empty if the code was wrong.
     */
    public Optional<List<String>> setUp(SignedInPerson who, String key, String typed) {
        OptionalLong step = codes.stepOf(key, digitsOf(typed));
        if (step.isEmpty() || has(who.id())) {
            return Optional.empty();
        }
        jdbc.sql("insert into second_factor (person_id, secret, set_up_at, last_used_step) values (?, ?, ?, ?)")
                .params(who.id().value(), key, Timestamp.from(clock.instant()), step.getAsLong())
                .update();
        List<String> fresh = replaceRecoveryCodes(who.id());
        record(who, roleOf(who), "Second factor set up", who.email());
        return Optional.of(fresh);
    }

    /**
     * Checks a code from the app or a recovery code. Wrong codes are counted across sessions; at
     * {@link #MAX_WRONG_CODES} codes are refused for the sign-in lock time, and the attempt counts as a
     * failed sign-in.
     */
    public Check check(PersonId person, String email, String typed) {
        Factor factor = factor(person).orElseThrow();
        Instant now = clock.instant();
        if (factor.lockedUntil() != null && factor.lockedUntil().isAfter(now)) {
            return new Check(Result.LOCKED, 0, 0, factor.lockedUntil());
        }
        String digits = digitsOf(typed);
        if (digits.length() == AuthenticatorCodes.DIGITS) {
            OptionalLong step = codes.stepOf(factor.secret(), digits);
            if (step.isPresent()) {
                // Only one request can move the step on, so the same code sent twice is accepted once.
                int moved = jdbc.sql("""
                        update second_factor set last_used_step = ?, failed_codes = 0, locked_until = null
                        where person_id = ? and (last_used_step is null or last_used_step < ?)""")
                        .params(step.getAsLong(), person.value(), step.getAsLong())
                        .update();
                if (moved == 1) {
                    return new Check(Result.ACCEPTED, recoveryCodesLeft(person), MAX_WRONG_CODES, null);
                }
                return wrong(person, email, factor, Result.USED_BEFORE);
            }
        } else if (typed != null && !typed.isBlank()) {
            int used = jdbc.sql("update recovery_code set used_at = ? where person_id = ? and code_hash = ? and used_at is null")
                    .params(Timestamp.from(now), person.value(), hash(typed))
                    .update();
            if (used == 1) {
                jdbc.sql("update second_factor set failed_codes = 0, locked_until = null where person_id = ?").param(person.value()).update();
                return new Check(Result.RECOVERY_CODE_ACCEPTED, recoveryCodesLeft(person), MAX_WRONG_CODES, null);
            }
        }
        return wrong(person, email, factor, Result.WRONG);
    }

    private Check wrong(PersonId person, String email, Factor factor, Result result) {
        int failed = factor.failedCodes() + 1;
        if (failed < MAX_WRONG_CODES) {
            jdbc.sql("update second_factor set failed_codes = ? where person_id = ?").params(failed, person.value()).update();
            return new Check(result, 0, MAX_WRONG_CODES - failed, null);
        }
        Instant until = clock.instant().plus(lockFor);
        jdbc.sql("update second_factor set failed_codes = 0, locked_until = ? where person_id = ?")
                .params(Timestamp.from(until), person.value())
                .update();
        // Counts like a wrong password, for the sign-in limits and the audit of sign-ins.
        String address = sourceAddress();
        accountEvents.signInFailed(email, address);
        throttle.failed(email, address).ifPresent(hold -> accountEvents.lockedOut(email, address, hold));
        audit.record(new AuditEntry(person.value(), people.find(person).map(Person::displayName).orElse(email), "PERSON", null,
                AuditAction.LOCKED_OUT, "Too many wrong codes from an authenticator app", email));
        return new Check(Result.LOCKED, 0, 0, until);
    }

    /** Turns the second factor off; refused (false) for people who must have one. */
    public boolean turnOff(SignedInPerson who) {
        if (requiredFor(who.id())) {
            return false;
        }
        boolean removed = remove(who.id());
        if (removed) {
            record(who, roleOf(who), "Second factor turned off", who.email());
        }
        return removed;
    }

    /** New recovery codes in place of the old ones, which stop working. */
    public List<String> newRecoveryCodes(SignedInPerson who) {
        List<String> fresh = replaceRecoveryCodes(who.id());
        record(who, roleOf(who), "New recovery codes made", who.email());
        return fresh;
    }

    /**
     * An administrator removes someone's second factor (a lost phone). They set up a new one at
     * their next sign-in, if their role requires it, or when they choose.
     */
    public boolean reset(SignedInPerson admin, Organisation organisation, PersonId person) {
        boolean removed = remove(person);
        if (removed) {
            String email = people.find(person).map(Person::email).orElse("");
            record(admin, StaffRole.ADMINISTRATOR.name(), "Second factor reset", email + " at " + organisation.name());
        }
        return removed;
    }

    @Override
    public void setUpWithKey(PersonId person, String key) {
        remove(person);
        jdbc.sql("insert into second_factor (person_id, secret, set_up_at) values (?, ?, ?)")
                .params(person.value(), key, Timestamp.from(clock.instant()))
                .update();
    }

    private boolean remove(PersonId person) {
        jdbc.sql("delete from recovery_code where person_id = ?").param(person.value()).update();
        return jdbc.sql("delete from second_factor where person_id = ?").param(person.value()).update() == 1;
    }

    private List<String> replaceRecoveryCodes(PersonId person) {
        jdbc.sql("delete from recovery_code where person_id = ?").param(person.value()).update();
        List<String> fresh = List.of(recoveryCodes.generateCodes(RECOVERY_CODES));
        for (String code : fresh) {
            jdbc.sql("insert into recovery_code (person_id, code_hash) values (?, ?)").params(person.value(), hash(code)).update();
        }
        return fresh;
    }

    private Optional<Factor> factor(PersonId person) {
        return jdbc.sql("select secret, last_used_step, failed_codes, locked_until from second_factor where person_id = ?")
                .param(person.value())
                .query((rs, n) -> {
                    Timestamp locked = rs.getTimestamp("locked_until");
                    return new Factor(rs.getString("secret"), rs.getObject("last_used_step", Long.class),
                            rs.getInt("failed_codes"), locked == null ? null : locked.toInstant());
                })
                .optional();
    }

    /** A code from an app, without the spaces some apps show in the middle. */
    private static String digitsOf(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "");
    }

    /**
     * Recovery codes are long and random (16 letters and digits, over 80 bits), so a fast hash is safe and lets a code be found
     * directly; case, spaces and dashes do not matter.
     */
    static String hash(String code) {
        String normal = code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String roleOf(SignedInPerson who) {
        return who.staffMemberships().stream().map(m -> m.role().name()).findFirst().orElse("PERSON");
    }

    private void record(SignedInPerson actor, String role, String subject, String detail) {
        audit.record(new AuditEntry(actor.id().value(), actor.displayName(), role, null, AuditAction.ROLE_CHANGED, subject, detail));
    }

    /** The address the code came from, as the sign-in limits count it (the proxy's word only if trusted). */
    private static String sourceAddress() {
        return org.springframework.web.context.request.RequestContextHolder.getRequestAttributes()
                        instanceof org.springframework.web.context.request.ServletRequestAttributes attributes
                ? attributes.getRequest().getRemoteAddr()
                : "unknown";
    }
}
