/** The confidence measure's rules in plain Java: statements, scale, the reply's checks and the period. */
package org.coplan.measures.domain;
