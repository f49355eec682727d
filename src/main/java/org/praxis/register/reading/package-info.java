/**
 * Reading uploaded files: XLSX and CSV tables read row by row within the limits the register sets, uploaded files
 * held in a private folder, and the refusal that names what is wrong with a file. Internal to the register.
 */
package org.praxis.register.reading;
