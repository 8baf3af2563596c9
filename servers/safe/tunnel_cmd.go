package safe

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/cfplane/cfplane/pkg/cfclient"
	"github.com/cfplane/cfplane/pkg/cli"
)

// tunnelCmd is `cloudflare_safe tunnel token TUNNEL`: it prints a tunnel's
// token to the person running it. No tool ever returns the token; tool
// results point here instead.
func tunnelCmd(env *cli.Env) *cobra.Command {
	root := &cobra.Command{Use: "tunnel", Short: "Tunnel credentials, for a person (never shown to the model)"}
	tok := &cobra.Command{
		Use:   "token TUNNEL",
		Short: "Print the token cloudflared runs TUNNEL (id or name) with; run by a person, never by the model",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			d, err := cli.Connected(cmd.Context(), env)
			if err != nil {
				return err
			}
			if d.Client == nil {
				return &cli.ExitError{Code: 2, Msg: "no Cloudflare connection; set " + cli.TokenEnv + " or pass --sandbox"}
			}
			ref := strings.TrimSpace(args[0])
			tunnels, err := d.Client.ListTunnels(cmd.Context(), 0)
			if err != nil {
				return &cli.ExitError{Code: 1, Msg: "listing tunnels: " + err.Error()}
			}
			var found *cfclient.Tunnel
			for i, t := range tunnels.Items {
				if t.ID == ref || t.Name == ref {
					found = &tunnels.Items[i]
					break
				}
			}
			if found == nil {
				return &cli.ExitError{Code: 1, Msg: fmt.Sprintf("no tunnel %q; `tunnel_route_manage` list shows the ids and names", ref)}
			}
			token, err := d.Client.TunnelToken(cmd.Context(), found.ID)
			if err != nil {
				return &cli.ExitError{Code: 1, Msg: "reading the token of tunnel " + found.Name + ": " + err.Error()}
			}
			w := cmd.OutOrStdout()
			fmt.Fprintf(w, "tunnel %s (%s)\n", found.Name, found.ID)
			fmt.Fprintf(w, "token: %s\n", token)
			fmt.Fprintln(w, "run: cloudflared tunnel run --token TOKEN (keep it secret: anyone holding it can serve this tunnel)")
			return nil
		},
	}
	tok.Flags().StringVar(&env.Flags.Sandbox, "sandbox", "", "use the Cloudflare API simulator (alone: embedded; =URL: a cfsim on loopback)")
	tok.Flags().Lookup("sandbox").NoOptDefVal = "embedded"
	tok.Flags().StringVar(&env.Flags.ConfigPath, "config", "", "cfplane.yaml path")
	root.AddCommand(tok)
	return root
}
