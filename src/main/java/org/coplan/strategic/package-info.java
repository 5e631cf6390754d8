/** Consultations and polls for the parent carer forum and co-production board. */
package org.coplan.strategic;
