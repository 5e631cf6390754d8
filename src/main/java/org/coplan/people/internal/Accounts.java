package org.coplan.people.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.coplan.people.Organisation;
import org.coplan.people.OrganisationId;
import org.coplan.people.OrganisationKind;
import org.coplan.people.People;
import org.coplan.people.Person;
import org.coplan.people.PersonId;
import org.coplan.people.StaffMember;
import org.coplan.people.StaffMembership;
import org.coplan.people.StaffRole;
import org.coplan.shared.web.RequestMemo;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class Accounts implements People {

    /** This store's notebook of people read in the current request (see {@link RequestMemo}). */
    static final String MEMO = "people";

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    Accounts(JdbcClient jdbc, PasswordEncoder passwordEncoder, Clock clock) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Person> find(PersonId id) {
        return withRoles(id).person();
    }

    /** A person and their staff roles, read together. */
    private record PersonWithRoles(Optional<Person> person, List<StaffMembership> roles) {}

    /** Who someone is and what staff roles they hold: one query, and within a web request only once. */
    private PersonWithRoles withRoles(PersonId id) {
        return RequestMemo.remember(MEMO, id, () -> {
            List<Map.Entry<Person, Optional<StaffMembership>>> rows = jdbc.sql("""
                    select p.*, m.organisation_id as role_organisation_id, m.staff_role
                    from person p left join staff_membership m on m.person_id = p.id
                    where p.id = ?""")
                    .param(id.value())
                    .query((rs, n) -> {
                        String role = rs.getString("staff_role");
                        return Map.entry(person(rs, n), role == null ? Optional.<StaffMembership>empty()
                                : Optional.of(new StaffMembership(
                                        new OrganisationId(rs.getObject("role_organisation_id", UUID.class)), StaffRole.valueOf(role))));
                    })
                    .list();
            return new PersonWithRoles(
                    rows.stream().findFirst().map(Map.Entry::getKey),
                    rows.stream().flatMap(r -> r.getValue().stream()).toList());
        });
    }

    @Override
    @Transactional(readOnly = true)
    public Map<PersonId, Person> findAll(Collection<PersonId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        UUID[] values = ids.stream().map(PersonId::value).distinct().toArray(UUID[]::new);
        return jdbc.sql("select * from person where id = any(?)")
                .param(values)
                .query(Accounts::person)
                .list()
                .stream()
                .collect(Collectors.toMap(Person::id, Function.identity()));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Person> findByEmail(String email) {
        return jdbc.sql("select * from person where lower(email) = lower(?)")
                .param(email.strip())
                .query(Accounts::person)
                .optional();
    }

    @Override
    public Person findOrCreate(String email, String displayName) {
        return findByEmail(email).orElseGet(() -> insert(email, displayName, null));
    }

    @Override
    public Person createAccount(String email, String displayName, String rawPassword) {
        return insert(email, displayName, passwordEncoder.encode(rawPassword));
    }

    private Person insert(String email, String displayName, String hash) {
        RequestMemo.forget(MEMO);
        PersonId id = PersonId.random();
        jdbc.sql("""
                insert into person (id, email, display_name, password_hash, created_at)
                values (?, ?, ?, ?, ?)""")
                .params(id.value(), email.strip(), displayName.strip(), hash, now())
                .update();
        return new Person(id, email.strip(), displayName.strip(), hash != null);
    }

    @Override
    public void setPassword(PersonId id, String rawPassword) {
        RequestMemo.forget(MEMO);
        jdbc.sql("update person set password_hash = ?, failed_sign_ins = 0, locked_until = null where id = ?")
                .params(passwordEncoder.encode(rawPassword), id.value())
                .update();
    }

    @Override
    @Transactional(readOnly = true)
    public List<StaffMembership> staffMemberships(PersonId id) {
        return withRoles(id).roles();
    }

    @Override
    public void addStaffRole(PersonId person, OrganisationId organisation, StaffRole role) {
        RequestMemo.forget(MEMO);
        jdbc.sql("insert into staff_membership (person_id, organisation_id, staff_role) values (?, ?, ?) on conflict do nothing")
                .params(person.value(), organisation.value(), role.name())
                .update();
    }

    @Override
    public boolean removeStaffRole(PersonId person, OrganisationId organisation, StaffRole role) {
        RequestMemo.forget(MEMO);
        return jdbc.sql("delete from staff_membership where person_id = ? and organisation_id = ? and staff_role = ?")
                .params(person.value(), organisation.value(), role.name())
                .update() == 1;
    }

    @Override
    @Transactional(readOnly = true)
    public List<StaffMember> staffOf(OrganisationId organisation) {
        return jdbc.sql("""
                select p.*, m.staff_role from staff_membership m join person p on p.id = m.person_id
                where m.organisation_id = ? order by p.display_name, m.staff_role""")
                .param(organisation.value())
                .query((rs, n) -> new StaffMember(person(rs, n), StaffRole.valueOf(rs.getString("staff_role"))))
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Organisation> organisationsIn(OrganisationId localAuthority) {
        return jdbc.sql("""
                select * from organisation where id = ? or local_authority_id = ?
                order by (id = ?) desc, kind, name""")
                .params(localAuthority.value(), localAuthority.value(), localAuthority.value())
                .query(Accounts::organisation)
                .list();
    }

    @Override
    public Organisation createOrganisation(OrganisationKind kind, String name, OrganisationId localAuthority) {
        OrganisationId id = OrganisationId.random();
        jdbc.sql("insert into organisation (id, kind, name, local_authority_id) values (?, ?, ?, ?)")
                .params(id.value(), kind.name(), name, localAuthority == null ? null : localAuthority.value())
                .update();
        return new Organisation(id, kind, name, localAuthority);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Organisation> organisation(OrganisationId id) {
        return jdbc.sql("select * from organisation where id = ?").param(id.value()).query(Accounts::organisation).optional();
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Map<OrganisationId, Organisation> organisations(java.util.Collection<OrganisationId> ids) {
        java.util.Map<OrganisationId, Organisation> found = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        jdbc.sql("select * from organisation where id = any(?)")
                .param(ids.stream().map(OrganisationId::value).distinct().toArray(java.util.UUID[]::new))
                .query(Accounts::organisation)
                .list()
                .forEach(o -> found.put(o.id(), o));
        return found;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Organisation> organisations(OrganisationKind kind) {
        return jdbc.sql("select * from organisation where kind = ? order by name")
                .param(kind.name())
                .query(Accounts::organisation)
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean anyAccountExists() {
        return jdbc.sql("select exists (select 1 from person)").query(Boolean.class).single();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC);
    }

    static Person person(ResultSet rs, int row) throws SQLException {
        return new Person(
                new PersonId(rs.getObject("id", UUID.class)),
                rs.getString("email"),
                rs.getString("display_name"),
                rs.getString("password_hash") != null);
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Map<OrganisationId, org.coplan.people.SchoolPhase> phasesIn(OrganisationId localAuthority) {
        java.util.Map<OrganisationId, org.coplan.people.SchoolPhase> phases = new java.util.HashMap<>();
        jdbc.sql("select id, phase from organisation where local_authority_id = ? and phase is not null")
                .param(localAuthority.value())
                .query((rs, n) -> phases.put(new OrganisationId(rs.getObject("id", UUID.class)),
                        org.coplan.people.SchoolPhase.valueOf(rs.getString("phase"))))
                .list();
        return phases;
    }

    @Override
    public void setPhase(OrganisationId school, org.coplan.people.SchoolPhase phase) {
        jdbc.sql("update organisation set phase = ? where id = ?")
                .params(phase == null ? null : phase.name(), school.value())
                .update();
    }

    @Override
    @Transactional(readOnly = true)
    public List<PersonId> staffIdsOf(OrganisationId organisation) {
        return jdbc.sql("select distinct person_id from staff_membership where organisation_id = ?")
                .param(organisation.value())
                .query((rs, n) -> new PersonId(rs.getObject("person_id", UUID.class)))
                .list();
    }

    static Organisation organisation(ResultSet rs, int row) throws SQLException {
        UUID la = rs.getObject("local_authority_id", UUID.class);
        return new Organisation(
                new OrganisationId(rs.getObject("id", UUID.class)),
                OrganisationKind.valueOf(rs.getString("kind")),
                rs.getString("name"),
                la == null ? null : new OrganisationId(la));
    }
}
