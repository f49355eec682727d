package org.praxis.governance;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.praxis.web.Refused;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The council's logo on report covers: a PNG or JPEG of at most 500 KB, checked by its first bytes, not its name. */
@Service
@Transactional
class ReportLogo {

    static final int MOST_BYTES = 500 * 1024;

    record Logo(String contentType, byte[] content) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    ReportLogo(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Optional<Logo> logo() {
        return jdbc.sql("select content_type, content from report_logo where id = 1")
                .query((rs, n) -> new Logo(rs.getString(1), rs.getBytes(2)))
                .optional();
    }

    void replace(byte[] content, String username) {
        if (content == null || content.length == 0) {
            throw new Refused("logo", "Choose the logo file: the file chosen is empty");
        }
        if (content.length > MOST_BYTES) {
            throw new Refused("logo", "The logo must be 500 KB or smaller");
        }
        var type = typeOf(content);
        if (type == null) {
            throw new Refused("logo", "The logo must be a PNG or JPEG image");
        }
        jdbc.sql("delete from report_logo").update();
        jdbc.sql("insert into report_logo (id, content_type, content, updated_by, updated_at) values (1, ?, ?, ?, ?)")
                .params(type, content, username, Timestamp.from(clock.instant()))
                .update();
    }

    private static String typeOf(byte[] b) {
        if (b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "image/png";
        }
        if (b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
            return "image/jpeg";
        }
        return null;
    }
}
