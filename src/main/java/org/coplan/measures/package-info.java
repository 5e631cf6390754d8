/** Confidence measure, co-production self-evaluation and participation figures. */
package org.coplan.measures;
