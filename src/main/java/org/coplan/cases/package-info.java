/** The child or young person, the case team and their roles, participation choices, the one-page profile and the access policy. */
package org.coplan.cases;
