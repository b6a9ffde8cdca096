//! The manual pages in man/ render without a single warning: `man --warnings -l PAGE` for each
//! (groff's own warnings go to stderr). A missing `man` fails the test, it is not skipped.
use std::path::Path;
use std::process::Command;

#[test]
fn man_pages_render_without_warnings() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("man");
    let mut pages: Vec<_> = std::fs::read_dir(&dir)
        .expect("man/ exists")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "1"))
        .collect();
    pages.sort();
    assert!(
        pages.len() >= 7,
        "expected nlbox(1) and one page per applet, found {pages:?}"
    );
    for page in pages {
        let out = Command::new("man")
            .arg("--warnings")
            .arg("-l")
            .arg(&page)
            .env("MANWIDTH", "80")
            .env("MANPAGER", "cat")
            .env("PAGER", "cat")
            .output()
            .expect("`man` must be installed (Debian: man-db)");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            out.status.success(),
            "{}: man failed: {stderr}",
            page.display()
        );
        assert!(
            stderr.trim().is_empty(),
            "{}: warnings:\n{stderr}",
            page.display()
        );
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(
            text.contains("NAME"),
            "{}: rendered nothing",
            page.display()
        );
    }
}
