/** Accounts, sign-in, password reset and organisations (local authorities, schools and settings, services, forums). */
package org.coplan.people;
