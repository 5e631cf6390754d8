/**
 * Specified provision and its delivery record: the provision in force copied from each issued
 * plan, sessions recorded as delivered or not, what was expected in a period, and progress on
 * outcomes.
 */
package org.coplan.provision;
