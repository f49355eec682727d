/**
 * Reading uploaded files: XLSX and CSV tables read row by row within the limits the register sets, uploaded files
 * held in a private folder, and the refusal that names what is wrong with a file. Published as the named interface
 * {@code reading} for other modules' imports (learning reviews' recommendations), so every upload is read by the
 * same guarded readers.
 */
@org.springframework.modulith.NamedInterface("reading")
package org.praxis.register.reading;
