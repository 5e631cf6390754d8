package org.coplan.people;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The person behind a signed-in session. Organisation roles are loaded at sign-in; case roles
 * are never held here, because access to a case is decided afresh on every request.
 */
public final class SignedInPerson implements UserDetails, CredentialsContainer, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final PersonId id;
    private final String email;
    private final String displayName;
    private final List<StaffMembership> staffMemberships;
    private transient String passwordHash;
    private final boolean locked;
    private final boolean enabled;

    public SignedInPerson(
            PersonId id, String email, String displayName, List<StaffMembership> staffMemberships,
            String passwordHash, boolean locked) {
        this.id = id;
        this.email = email;
        this.displayName = displayName;
        this.staffMemberships = List.copyOf(staffMemberships);
        this.passwordHash = passwordHash;
        this.locked = locked;
        this.enabled = passwordHash != null;
    }

    public PersonId id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public List<StaffMembership> staffMemberships() {
        return staffMemberships;
    }

    public boolean holds(StaffRole role) {
        return staffMemberships.stream().anyMatch(m -> m.role() == role);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return staffMemberships.stream()
                .map(m -> new SimpleGrantedAuthority("ROLE_" + m.role().name()))
                .distinct()
                .toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    /** Drops the hash once sign-in is done, so it never sits in a stored session. */
    public void eraseCredentials() {
        passwordHash = null;
    }
}
