//! Tables of generated pages written as HTML rather than Markdown. The translation tools
//! leave HTML alone, so a table of times or of glossary entries, regenerated with every run,
//! never turns the Japanese edition's translations stale.

/// Text made safe to put between HTML tags.
pub fn text(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Text with its `backticked` parts set as code, as Markdown would.
pub fn with_code(s: &str) -> String {
    s.split('`')
        .enumerate()
        .map(|(i, part)| {
            if i % 2 == 1 {
                format!("<code>{}</code>", text(part))
            } else {
                text(part)
            }
        })
        .collect()
}

/// A link to `href`, a page of the book given by its Markdown file (`ch01-rust-primer.md#…`),
/// which the built site serves as `.html`.
pub fn link(label: &str, href: &str) -> String {
    let href = match href.split_once(".md") {
        Some((page, rest)) => format!("{page}.html{rest}"),
        None => href.to_string(),
    };
    format!("<a href=\"{}\">{}</a>", text(&href), text(label))
}

/// A table: a header row of plain text, then rows of cells already in HTML.
pub fn table(header: &[&str], rows: &[Vec<String>]) -> String {
    let mut html = String::from("<table>\n<thead><tr>");
    for name in header {
        html += &format!("<th>{}</th>", text(name));
    }
    html += "</tr></thead>\n<tbody>\n";
    for row in rows {
        html += "<tr>";
        for cell in row {
            html += &format!("<td>{cell}</td>");
        }
        html += "</tr>\n";
    }
    html + "</tbody>\n</table>\n"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_links_and_escapes() {
        assert_eq!(
            with_code("`cargo run -p ch05`: a < b"),
            "<code>cargo run -p ch05</code>: a &lt; b"
        );
        assert_eq!(
            link("§4.4", "ch04-learning.md#44-gradients"),
            "<a href=\"ch04-learning.html#44-gradients\">§4.4</a>"
        );
        assert_eq!(
            table(&["a"], &[vec!["1".into()]]),
            "<table>\n<thead><tr><th>a</th></tr></thead>\n<tbody>\n<tr><td>1</td></tr>\n</tbody>\n</table>\n"
        );
    }
}
