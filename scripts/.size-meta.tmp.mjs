import esbuild from "esbuild";
import { builtinModules } from "node:module";
const r = await esbuild.build({entryPoints:["src/main.ts"],bundle:true,external:["obsidian","electron","@codemirror/*","@lezer/*",...builtinModules,...builtinModules.map(m=>"node:"+m)],format:"cjs",target:"es2021",minify:true,charset:"utf8",write:false,metafile:true,outfile:"x.js"});
const inputs = Object.values(r.metafile.outputs)[0].inputs;
const rows = Object.entries(inputs).map(([k,v])=>[k,v.bytesInOutput]).sort((a,b)=>b[1]-a[1]);
for (const [k,v] of rows.slice(0,60)) console.log(String(v).padStart(7), k);
const folders = {};
for (const [k,v] of rows){ const f=k.split("/").slice(0, k.startsWith("node_modules")?2:3).join("/"); folders[f]=(folders[f]||0)+v;}
console.log("---");
for (const [k,v] of Object.entries(folders).sort((a,b)=>b[1]-a[1])) console.log(String(v).padStart(7), k);
