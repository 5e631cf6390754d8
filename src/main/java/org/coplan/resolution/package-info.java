/** Disagreements and their path: informal, SENDIASS, mediation, tribunal. */
package org.coplan.resolution;
