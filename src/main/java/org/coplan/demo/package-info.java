/** Demo data for a first start: one local authority, two schools, a forum and six children at different stages. */
package org.coplan.demo;
