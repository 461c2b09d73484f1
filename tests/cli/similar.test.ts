import { cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCommandLine as cli } from "../helpers/cli";

describe("similar (command line) on the demo vault", () => {
	it("prints the similar questions, best first; --json gives {similar: [{path, question, score}]}", async () => {
		const result = await cli("similar", "--vault", "demo-vault", "--question", "Comment élaborer une stratégie numérique ?", "--limit", "2", "--json");
		expect(result).toMatchObject({ code: 0, stderr: "" });
		const { similar } = JSON.parse(result.stdout);
		// The seed draft (tags: #question) is a question too, and a near-duplicate.
		expect(similar.map((q: { path: string }) => q.path)).toEqual(["Notes/Qu'est-ce qu'une stratégie numérique pour un musée.md", "Notes/Qu'est-ce qu'une stratégie numérique.md"]);
		expect(Object.keys(similar[0])).toEqual(["path", "question", "score"]);
		expect(similar[0].score).toBeGreaterThan(similar[1].score);
		const plain = await cli("similar", "--vault", "demo-vault", "--question", "jumeau numérique");
		expect(plain.stdout.split("\n")[0]).toMatch(/^\d\.\d{3} {2}Qu'est-ce qu'un jumeau numérique\? {2}\(Notes\/Qu'est-ce qu'un jumeau numérique\.md\)$/);
		expect((await cli("similar", "--vault", "demo-vault", "--question", "xyzzy")).stdout).toBe("No similar question.\n");
	});

	it.each([
		[["--question", "x"], /--vault is required/],
		[["--vault", "demo-vault"], /--question is required/],
		[["--vault", "demo-vault", "--question", "x", "--limit", "0"], /--limit must be a positive whole number/],
		[["--vault", "nowhere", "--question", "x"], /vault folder not found/],
	])("exits 2 on bad input %j", async (args, message) => {
		const result = await cli("similar", ...args);
		expect(result.code).toBe(2);
		expect(result.stderr).toMatch(message);
	});

	it("new-question --json adds the same similar array and still creates the note", async () => {
		const vault = mkdtempSync(join(tmpdir(), "museum-similar-"));
		try {
			cpSync("demo-vault", vault, { recursive: true });
			const typed = "Comment élaborer une stratégie numérique ?";
			const expected = JSON.parse((await cli("similar", "--vault", vault, "--question", typed, "--json")).stdout).similar;
			const result = await cli("new-question", "--vault", vault, "--question", typed, "--json");
			expect(result.code).toBe(0);
			expect(JSON.parse(result.stdout)).toEqual({ created: true, path: "Notes/Comment élaborer une stratégie numérique.md", key: expect.any(String), similar: expected });
			expect(existsSync(join(vault, "Notes/Comment élaborer une stratégie numérique.md"))).toBe(true);
		} finally {
			rmSync(vault, { recursive: true, force: true });
		}
	});
});
