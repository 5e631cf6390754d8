package org.coplan.shared.db;

import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The two logins Coplan uses on its database. The application's pool signs in as the
 * <em>application</em> role, which owns nothing and may only add to and read the audit trail;
 * Flyway signs in as the <em>owner</em>, who creates and changes the tables. When a real server is
 * given only one login, both are the same and the audit is not protected from the application.
 */
public record DatabaseLogins(String url, String applicationUser, String applicationPassword, String ownerUser, String ownerPassword) {

    /** True when the application signs in as a different role from the one that owns the tables. */
    public boolean auditProtected() {
        return !applicationUser.equals(ownerUser);
    }

    /** A plain, unpooled connection source for the owner: for migrations, not for serving requests. */
    public DataSource ownerDataSource() {
        return new DriverManagerDataSource(url, ownerUser, ownerPassword);
    }

    /** A plain, unpooled connection source for the application role. */
    public DataSource applicationDataSource() {
        return new DriverManagerDataSource(url, applicationUser, applicationPassword);
    }

    @Override
    public String toString() {
        return "DatabaseLogins[url=" + url + ", application=" + applicationUser + ", owner=" + ownerUser + "]";
    }
}
