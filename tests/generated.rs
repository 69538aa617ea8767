//! Generated files are committed; this fails when they drift from the code.

mod common;

use common::Env;

#[test]
fn completions_and_manual_match_the_command_line() {
    let env = Env::new();
    let cases = [
        (vec!["completions", "bash"], "tldops.bash"),
        (vec!["completions", "zsh"], "_tldops"),
        (vec!["completions", "fish"], "tldops.fish"),
        (vec!["completions", "elvish"], "tldops.elv"),
        (vec!["completions", "powershell"], "_tldops.ps1"),
        (vec!["man"], "tldops.1"),
    ];
    for (args, file) in cases {
        let r = env.run(&args);
        r.ok();
        let committed = std::fs::read_to_string(common::root().join("completions").join(file)).unwrap();
        assert!(
            r.stdout == committed,
            "completions/{file} is out of date: run `sh completions/regenerate.sh` and commit the result"
        );
    }
}
